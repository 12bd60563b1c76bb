/**
 * The picocli {@code rix} command line: one class per subcommand, registered in {@link org.residentindex.cli.Rix}.
 * Commands parse, call the engine or the fixtures generator, and print; they hold no linkage logic.
 */
package org.residentindex.cli;
