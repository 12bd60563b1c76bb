package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.live.LiveIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rix index build}: a live resident index from a link run (for {@code rix serve}). */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the live resident index that rix serve serves.",
        subcommands = {IndexCommand.Build.class})
public final class IndexCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code rix index build --run DIR --index IDX}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build a live index from a rix link output folder (records, resident ids, links, model).")
    public static final class Build implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @Option(names = "--run", required = true, paramLabel = "DIR", description = "A rix link --out folder.")
        Path run;

        @Option(names = "--index", required = true, paramLabel = "IDX", description = "The new index folder.")
        Path index;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            int n = LiveIndex.build(run, index, LiveIndex.Options.defaults());
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "indexed %,d records into %s in %.1f s%n", n, index,
                    (System.nanoTime() - start) / 1e9);
            o.flush();
            return Rix.OK;
        }
    }
}
