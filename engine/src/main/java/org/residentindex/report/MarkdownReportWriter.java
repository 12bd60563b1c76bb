package org.residentindex.report;

import java.util.List;
import java.util.Locale;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.Evidence;
import org.residentindex.insight.FieldQuality;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.ServiceOverlap;

/** Renders a {@link Report} as Markdown ({@code report.md}); flag tables show the first rows only. */
public final class MarkdownReportWriter {

    /** Flags listed per insight; the rest are in report.json. */
    static final int MAX_FLAG_ROWS = 100;

    /** The Markdown text. */
    public String render(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(r.title()).append("\n\n");
        md.append("> ").append(r.notice()).append("\n\n");
        md.append("Run: `").append(r.run().directory()).append("`");
        if (r.run().manifest().started() != null) {
            md.append(", started ").append(r.run().manifest().started());
        }
        md.append(". Report schema ").append(r.schema()).append(".\n\n## Executive summary\n\n");
        r.summary().forEach(s -> md.append("- ").append(cell(s)).append("\n"));
        maturity(md, r.maturity());
        datasets(md, r.datasets());
        overlap(md, r.overlap());
        md.append("\n## Insights\n");
        for (InsightView i : r.insights()) {
            insight(md, i);
        }
        if (r.truth() != null) {
            md.append("\n## Against truth (generated data)\n\n");
            md.append("Residents: measured ").append(r.truth().measuredResidents()).append(", true ")
                    .append(r.truth().trueResidents()).append(".\n\n")
                    .append("| dataset | measured duplicate rate | true |\n|---|---|---|\n");
            r.truth().datasets().forEach(d -> md.append("| ").append(d.source()).append(" | ")
                    .append(Summary.pct(d.measuredDuplicateRate())).append(" | ")
                    .append(Summary.pct(d.trueDuplicateRate())).append(" |\n"));
        }
        md.append("\n## Method notes\n\n");
        r.methodNotes().forEach(n -> md.append("- ").append(cell(n)).append("\n"));
        return md.toString();
    }

    private static void maturity(StringBuilder md, List<MaturityAssessment> maturity) {
        md.append("\n## Maturity (Wales Audit Office)\n\n| characteristic | level | descriptor | evidence | rule |\n")
                .append("|---|---|---|---|---|\n");
        for (MaturityAssessment a : maturity) {
            StringBuilder ev = new StringBuilder();
            for (Evidence e : a.evidence()) {
                ev.append(ev.length() == 0 ? "" : "; ").append(e.measure()).append(": ").append(e.display());
            }
            md.append("| ").append(a.characteristic()).append(" | ").append(a.level()).append(" | ")
                    .append(cell(a.descriptor())).append(" | ").append(cell(ev.toString())).append(" | ")
                    .append(cell(a.rule() + " Decided by: " + a.reason() + " " + a.nextLevel())).append(" |\n");
        }
    }

    private static void datasets(StringBuilder md, List<DatasetMeasures> datasets) {
        md.append("\n## Datasets\n\n| dataset | records | rejected | residents | duplicate rate | UPRN given |"
                + " UPRN matched | UPRN unmatched | postcode valid | DOB valid | DOB conflicts | 2+ properties |"
                + " linked to another service |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (DatasetMeasures d : datasets) {
            FieldQuality pc = d.fields().get(0);
            FieldQuality dob = d.fields().get(1);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %d | %d | %d | %s | %s | %d | %d | %s |%n",
                    d.source(), d.records(), d.rejected(), d.residents(), Summary.pct(d.duplicateRate()),
                    d.uprnGiven(), d.uprnMatched(), d.uprnUnmatched(), Summary.pct(pc.validity()),
                    Summary.pct(dob.validity()), d.conflictingDob(), d.multipleProperties(),
                    Summary.pct(d.linkedShare())));
        }
    }

    private static void overlap(StringBuilder md, ServiceOverlap o) {
        md.append("\n## Across services\n\n").append(String.format(Locale.ROOT,
                "Unique residents: %d. Seen in 1 service: %d; 2: %d; 3 or more: %d. Records per resident: %.2f.%n%n",
                o.uniqueResidents(), o.residentsByServices().get("1"), o.residentsByServices().get("2"),
                o.residentsByServices().get("3+"), o.recordsPerResident()));
        md.append("| residents shared |");
        o.sources().forEach(s -> md.append(" ").append(s).append(" |"));
        md.append("\n|---|").append("---|".repeat(o.sources().size())).append("\n");
        for (int i = 0; i < o.sources().size(); i++) {
            md.append("| ").append(o.sources().get(i)).append(" |");
            o.matrix().get(i).forEach(v -> md.append(" ").append(v).append(" |"));
            md.append("\n");
        }
    }

    private static void insight(StringBuilder md, InsightView i) {
        md.append("\n### ").append(i.title()).append("\n\n").append(cell(i.method())).append("\n\n**")
                .append(cell(i.headline())).append("** (").append(Summary.pct(i.headlineValue())).append(").");
        if (i.score() != null) {
            md.append(String.format(Locale.ROOT, " Against the planted '%s' scenarios: precision %s, recall %s"
                            + " (%d of %d planted found).", i.score().scenario(), Summary.pct(i.score().precision()),
                    Summary.pct(i.score().recall()), i.score().correct(), i.score().planted()));
        }
        md.append("\n\n| record | person | area | evidence |\n|---|---|---|---|\n");
        i.flags().stream().limit(MAX_FLAG_ROWS).forEach(f -> md.append("| ").append(f.source()).append("#")
                .append(cell(f.recordId())).append(" | ").append(cell(f.person())).append(" | ").append(cell(f.area()))
                .append(" | ").append(cell(String.join("; ", f.evidence()))).append(" |\n"));
        if (i.flags().size() > MAX_FLAG_ROWS) {
            md.append("\n").append(i.flags().size() - MAX_FLAG_ROWS).append(" more in csv/flags_").append(i.id())
                    .append(".csv and report.json.\n");
        }
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
