package org.residentindex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Shared {@code --verbose} option: mix it into every subcommand ({@code @Mixin Verbosity verbosity;}).
 * With it, failures print their stack trace.
 */
public final class Verbosity {

    @Option(names = "--verbose", description = "Print stack traces and extra diagnostics on failure.")
    boolean verbose;

    public boolean verbose() {
        return verbose;
    }

    static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
