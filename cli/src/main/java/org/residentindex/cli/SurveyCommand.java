package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.residentindex.insight.Characteristic;
import org.residentindex.insight.survey.SurveyFiles;
import org.residentindex.insight.survey.SurveyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix survey}: the Wales Audit Office data tool as a questionnaire. {@code template} writes the blank
 * responses.csv (one row per invitee) and the questions with the WAO descriptors; {@code demo} writes a generated
 * survey for trying the report. {@code rix report --survey responses.csv} reads it.
 */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "The WAO data-tool questionnaire: write the template, or a generated demo survey.",
        subcommands = {SurveyCommand.Template.class, SurveyCommand.Demo.class})
public final class SurveyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code rix survey template}. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Write responses.csv (one blank row per invitee: respondent_id, role, a 1/2/3 column per"
                    + " characteristic, comment) and questions.md with the WAO descriptors.")
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @Option(names = "--out", required = true, paramLabel = "responses.csv", description = "The template to write.")
        Path out;

        @Option(names = "--officers", defaultValue = "23", paramLabel = "N",
                description = "Officers invited (default: ${DEFAULT-VALUE}, as in the audit).")
        int officers;

        @Option(names = "--members", defaultValue = "72", paramLabel = "N",
                description = "Elected members invited (default: ${DEFAULT-VALUE}).")
        int members;

        @Override
        public Integer call() {
            if (officers < 0 || members < 0) {
                throw new IllegalArgumentException("--officers and --members must be 0 or more");
            }
            SurveyFiles.template(out, officers, members);
            Path questions = out.resolveSibling("questions.md");
            StringBuilder md = new StringBuilder("# Wales Audit Office data tool: key characteristics\n\n"
                    + "For each characteristic, choose the level (1, 2 or 3) whose description fits the council best,"
                    + " and write it in the column of that name in " + out.getFileName() + ". Leave a row blank if"
                    + " the invitee did not respond. Comments are counted in the report, not quoted.\n");
            for (Characteristic c : Characteristic.values()) {
                md.append("\n## ").append(c.title()).append(" (column `").append(c.id()).append("`)\n\n");
                for (int l = 0; l < 3; l++) {
                    md.append("- **Level ").append(l + 1).append("**: ").append(c.descriptors().get(l)).append('\n');
                }
            }
            try {
                java.nio.file.Files.writeString(questions, md.toString(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new org.residentindex.ResidentIndexException("cannot write " + questions + ": " + e.getMessage(), e);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf(java.util.Locale.ROOT, "Wrote %s (%d rows: %d officers, %d members; columns %s) and %s%n", out, officers + members,
                    officers, members, String.join(",", SurveyReader.columns()), questions);
            w.flush();
            return Rix.OK;
        }
    }

    /** {@code rix survey demo}. */
    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Write a generated survey (seeded) with response rates near the audit's (52%% of officers,"
                    + " 21%% of members).")
    static final class Demo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @Option(names = "--out", required = true, paramLabel = "responses.csv", description = "The file to write.")
        Path out;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            SurveyFiles.demo(out, 23, 72, 0.52, 0.21, seed);
            spec.commandLine().getOut().println("Wrote " + out);
            spec.commandLine().getOut().flush();
            return Rix.OK;
        }
    }
}
