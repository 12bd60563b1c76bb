package org.residentindex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.residentindex.ResidentIndexException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rix} command. Holds no linkage logic: each subcommand parses its options, calls the engine and
 * prints. Exit codes are mapped here and nowhere else: {@value #OK} success; {@value #FAILURE} failure — bad or
 * unusable input data, a refused output path or run folder, an I/O error, or an internal error; {@value #USAGE}
 * usage error (bad options or arguments, nothing read or written); {@value #OUT_OF_MEMORY} out of memory. Every
 * failure prints one line without a stack trace ({@code --verbose} adds it); messages from outside the engine
 * (libraries, the JDK) are not echoed by default, as they may quote data values.
 */
@Command(
        name = "rix",
        mixinStandardHelpOptions = true,
        versionProvider = Rix.Version.class,
        description = "resident-index: link residents' records across council services by UPRN and fuzzy names,"
                + " and measure duplication and integration maturity.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            GenerateCommand.class,
            ProfileCommand.class,
            FieldsCommand.class,
            GazetteerCommand.class,
            LinkCommand.class,
            EncodeCommand.class,
            EvaluateCommand.class,
            ExplainCommand.class,
            ReportCommand.class,
            SurveyCommand.class,
            DataAuditCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            IndexCommand.class,
            AuditCommand.class,
        })
public final class Rix implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int OUT_OF_MEMORY = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // POI (.xlsx input) logs through log4j-api; without this, log4j prints a "no logging provider" line
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(run(args));
    }

    /** Runs {@code rix} with the given arguments and returns the exit code, without exiting the JVM. */
    public static int run(String... args) {
        CommandLine cmd = commandLine();
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cmd.getErr());
        }
    }

    /** One line; the failed work is unreachable by now, so there is room to say what happened. */
    private static int outOfMemory(PrintWriter err) {
        err.printf(java.util.Locale.ROOT, "rix: out of memory (Java heap at most %,d MB): give Java more with"
                + " RIX_JAVA_OPTS=-Xmx8g (or more), or link fewer records at once%n",
                Runtime.getRuntime().maxMemory() >> 20);
        err.flush();
        return OUT_OF_MEMORY;
    }

    /**
     * True when an out-of-memory error is behind {@code e}: the JVM reuses one preallocated error, so a
     * try-with-resources that closes after it fails with "self-suppression" wrapping it.
     */
    static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Builds the configured command line; tests use it to capture output. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Rix());
        cmd.setExecutionExceptionHandler(Rix::handleFailure);
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        cmd.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cmd.getCommandSpec().exitCodeOnExecutionException(FAILURE);
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One readable line per failure; the stack trace only with {@code --verbose}. */
    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (causedByOutOfMemory(e)) {
            return outOfMemory(err);
        }
        boolean usage = isUsage(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ResidentIndexException || usage) {
            err.println("rix: " + message);
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable io = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            err.println("rix: input/output error: " + io.getClass().getSimpleName()
                    + (io.getMessage() == null ? "" : " (" + io.getMessage() + ")"));
        } else {
            // a library's message can quote data (Lucene prints a long value's bytes): only with --verbose
            StackTraceElement[] at = e.getStackTrace();
            err.println("rix: internal error: " + e.getClass().getSimpleName()
                    + (at.length == 0 ? "" : " in " + at[0].getClassName()) + "; please report it");
        }
        if (Verbosity.isVerbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return usage ? USAGE : FAILURE;
    }

    /**
     * A usage error is one the command line itself reveals: picocli's parameter errors, and an
     * {@link IllegalArgumentException} raised while checking option values — by a {@code rix} command, the
     * generator's or the benchmark's parameter checks (the first of our frames on its stack is in {@code cli},
     * {@code fixtures} or {@code benchmarks}). The same exception out of the engine (say Lucene refusing a value)
     * is a failure of the run, not the user's usage.
     */
    static boolean isUsage(Exception e) {
        if (e instanceof CommandLine.ParameterException) {
            return true;
        }
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("org.residentindex.")) {
                return c.startsWith("org.residentindex.cli.") || c.startsWith("org.residentindex.fixtures.")
                        || c.startsWith("org.residentindex.benchmarks.");
            }
        }
        return false;
    }

    /** Reads the version Maven filtered into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Rix.class.getResourceAsStream("/rix-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "rix " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
