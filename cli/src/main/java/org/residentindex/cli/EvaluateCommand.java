package org.residentindex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.EntityFile;
import org.residentindex.link.RunFolder;
import org.residentindex.cluster.RecordKey;
import org.residentindex.evaluate.SourceBreakdown;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rix evaluate}: pairwise and B-cubed accuracy of an {@code entities.csv} against a truth file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure linkage accuracy: pairwise precision/recall/F1 and B-cubed against a truth file"
                + " (source,record_id,entity_id).")
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--entities", required = true, paramLabel = "FILE",
            description = "The linkage output, entities.csv (source,record_id,entity_id).")
    Path entities;

    @Option(names = "--truth", required = true, paramLabel = "FILE",
            description = "Known truth: source,record_id,entity_id (extra columns ignored).")
    Path truth;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--by-source",
            description = "Also give pairwise figures per source (over the record pairs touching it).")
    boolean bySource;

    @Override
    public Integer call() {
        RunFolder.checkReadableFile(entities, "rix evaluate");
        Map<RecordKey, String> predicted = EntityFile.read(entities);
        TruthSet known = TruthSet.load(truth);
        Evaluation e = Evaluation.of(predicted, known);
        if (e.records() == 0) {
            throw new ResidentIndexException("no record of " + entities + " (" + predicted.size() + " records) is in "
                    + truth + " (" + e.onlyTruth() + " records): nothing to evaluate; is the truth file of another"
                    + " data set, or are the source names different?");
        }
        SourceBreakdown sources = bySource ? SourceBreakdown.of(predicted, known) : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(e, sources));
        } else {
            printTable(out, e);
            if (sources != null) {
                out.printf(Locale.ROOT, "%nper source (pairs touching it)%n%-24s %9s %9s %9s %9s %9s %9s%n", "source",
                        "precision", "recall", "F1", "TP", "FP", "FN");
                sources.bySource().forEach((name, m) -> out.printf(Locale.ROOT,
                        "%-24s %9.4f %9.4f %9.4f %9d %9d %9d%n", name, m.precision(), m.recall(), m.f1(),
                        m.truePositives(), m.falsePositives(), m.falseNegatives()));
            }
        }
        out.flush();
        return Rix.OK;
    }

    private static void printTable(PrintWriter out, Evaluation e) {
        out.printf(Locale.ROOT, "records evaluated      %d%n", e.records());
        out.printf(Locale.ROOT, "only in entities       %d%n", e.onlyPredicted());
        out.printf(Locale.ROOT, "only in truth          %d%n", e.onlyTruth());
        out.printf(Locale.ROOT, "%n%-10s %9s %9s %9s%n", "", "precision", "recall", "F1");
        out.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f%n", "pairwise", e.pairwise().precision(),
                e.pairwise().recall(), e.pairwise().f1());
        out.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f%n", "B-cubed", e.bcubed().precision(), e.bcubed().recall(),
                e.bcubed().f1());
        out.printf(Locale.ROOT, "%npairs: TP %d, FP %d, FN %d%n", e.pairwise().truePositives(),
                e.pairwise().falsePositives(), e.pairwise().falseNegatives());
    }

    static String toJson(Evaluation e) {
        return toJson(e, null);
    }

    static String toJson(Evaluation e, SourceBreakdown sources) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("records", e.records());
        doc.put("onlyInEntities", e.onlyPredicted());
        doc.put("onlyInTruth", e.onlyTruth());
        doc.put("pairwise", e.pairwise());
        doc.put("bcubed", e.bcubed());
        if (sources != null) {
            doc.put("bySource", sources.bySource());
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc)
                    .replace("\r\n", "\n");
        } catch (JsonProcessingException ex) {
            throw new ResidentIndexException("Cannot format the evaluation as JSON", ex);
        }
    }
}
