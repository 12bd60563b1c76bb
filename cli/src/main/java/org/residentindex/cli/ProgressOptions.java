package org.residentindex.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * Shared progress options, mixed into the commands that run the linker ({@code @Mixin ProgressOptions}):
 * {@code --quiet} turns progress off; otherwise {@link ProgressMode#detect()} decides (live on a terminal,
 * plain stage lines when stderr is redirected).
 */
public final class ProgressOptions {

    @Option(names = {"-q", "--quiet"}, description = "No progress output on stderr (errors are still printed).")
    boolean quiet;

    /** A progress renderer on {@code err} for this command's options. */
    ProgressBar bar(PrintWriter err) {
        return new ProgressBar(err, quiet ? ProgressMode.NONE : ProgressMode.detect());
    }
}
