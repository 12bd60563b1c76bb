package org.residentindex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Base of the CLI tests: runs {@code rix} in-process and captures what it prints on stdout and stderr. */
abstract class CliTest {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Runs {@code rix args…} and returns its exit code; output accumulates in {@link #out} and {@link #err}. */
    protected int run(String... args) {
        CommandLine cmd = Rix.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }
}
