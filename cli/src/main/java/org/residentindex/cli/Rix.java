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
 * prints. Exit codes are mapped here and nowhere else: 0 success, 1 failure, 2 usage error.
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
            GazetteerCommand.class,
            LinkCommand.class,
            EvaluateCommand.class,
            ExplainCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            IndexCommand.class,
            AuditCommand.class,
        })
public final class Rix implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code rix} with the given arguments and returns the exit code, without exiting the JVM. */
    public static int run(String... args) {
        return commandLine().execute(args);
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
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ResidentIndexException || e instanceof UncheckedIOException || e instanceof IOException) {
            err.println("rix: " + message);
        } else {
            err.println("rix: unexpected " + e.getClass().getSimpleName() + ": " + message);
        }
        if (Verbosity.isVerbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return e instanceof IllegalArgumentException ? USAGE : FAILURE;
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
