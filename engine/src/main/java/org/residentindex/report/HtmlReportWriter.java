package org.residentindex.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.Evidence;
import org.residentindex.insight.FieldQuality;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.ServiceOverlap;

/**
 * Renders a {@link Report} as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched.
 * Every value is escaped with {@code StringEscapeUtils.escapeHtml4}. Flag tables show the first
 * {@value MarkdownReportWriter#MAX_FLAG_ROWS} rows; report.json holds them all.
 */
public final class HtmlReportWriter {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1f2933;\
            background:#fff;line-height:1.45}
            main{max-width:1180px;margin:0 auto;padding:24px 32px}
            h1{font-size:28px;margin:0 0 8px}h2{font-size:21px;border-bottom:2px solid #0b5394;padding-bottom:4px;\
            margin-top:36px}h3{font-size:17px;margin-top:26px}
            .notice{padding:10px 14px;border-radius:6px;margin:12px 0;font-weight:600}
            .masked{background:#e8f1fb;border:1px solid #9cc3ea}.unmasked{background:#fde8e8;border:1px solid #e89c9c}
            .meta{color:#52606d;font-size:14px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
            th,td{border:1px solid #d9e2ec;padding:5px 7px;text-align:left;vertical-align:top}
            th{background:#f0f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .level{display:inline-block;min-width:64px;text-align:center;border-radius:12px;padding:2px 8px;\
            font-weight:700;color:#fff}.l1{background:#c0392b}.l2{background:#d68910}.l3{background:#1e8449}
            .desc{font-style:italic}.other{color:#7b8794;font-size:12px}
            .charts{display:grid;grid-template-columns:1fr;gap:18px}
            figure{margin:0;border:1px solid #d9e2ec;border-radius:6px;padding:10px}
            figcaption{font-weight:600;margin-bottom:6px}
            svg text{font-size:12px;fill:#1f2933}svg .cell{font-size:11px}svg .cell.dark{fill:#fff}
            svg .bar{fill:#2e75b6}svg .given{fill:#1e8449}svg .matched{fill:#82c99a}svg .unmatched{fill:#e5a4a4}
            svg .axis{stroke:#52606d}svg .threshold{stroke-width:2;stroke-dasharray:5 4}
            svg .threshold.link{stroke:#1e8449}svg .threshold.review{stroke:#d68910}
            .headline{font-size:16px;font-weight:600}.score{color:#0b5394}
            ul.evidence{margin:0;padding-left:16px}
            """;

    /** The HTML text. */
    public String render(Report r) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(r.title())).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
        h.append("<h1>").append(esc(r.title())).append("</h1>\n");
        h.append("<p class=\"notice ").append(r.personalDataMasked() ? "masked" : "unmasked").append("\">")
                .append(esc(r.notice())).append("</p>\n");
        h.append("<p class=\"meta\">Run directory <code>").append(esc(r.run().directory())).append("</code>");
        if (r.run().manifest().started() != null) {
            h.append(", started ").append(esc(r.run().manifest().started()));
        }
        if (r.snapshot2() != null) {
            h.append("; second extract <code>").append(esc(r.snapshot2())).append("</code>");
        }
        h.append(". Report schema ").append(r.schema()).append(".</p>\n");
        h.append("<h2>Executive summary</h2><ul>");
        r.summary().forEach(s -> h.append("<li>").append(esc(s)).append("</li>"));
        h.append("</ul>\n");
        maturity(h, r.maturity());
        charts(h, r);
        datasets(h, r.datasets());
        overlap(h, r.overlap());
        h.append("<h2>Insights</h2>\n");
        r.insights().forEach(i -> insight(h, i));
        truth(h, r);
        h.append("<h2>Method notes</h2><ul>");
        r.methodNotes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
        h.append("</ul>\n</main></body></html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : escapeHtml4(s);
    }

    private static void maturity(StringBuilder h, List<MaturityAssessment> maturity) {
        h.append("<h2>Integration maturity (Wales Audit Office)</h2>\n<table><tr><th>Key characteristic</th>")
                .append("<th>Level</th><th>WAO descriptor</th><th>Measured evidence</th><th>Rule and thresholds</th>")
                .append("</tr>\n");
        for (MaturityAssessment a : maturity) {
            h.append("<tr><td><strong>").append(esc(a.characteristic())).append("</strong><div class=\"other\">")
                    .append(esc(a.scope())).append("</div></td><td><span class=\"level l").append(a.level())
                    .append("\">Level ").append(a.level()).append("</span></td><td class=\"desc\">&ldquo;")
                    .append(esc(a.descriptor())).append("&rdquo;</td><td><ul class=\"evidence\">");
            for (Evidence e : a.evidence()) {
                h.append("<li>").append(esc(e.measure())).append(": <strong>").append(esc(e.display()))
                        .append("</strong></li>");
            }
            h.append("</ul></td><td>").append(esc(a.rule())).append("<br><em>Decided by: ").append(esc(a.reason()))
                    .append("</em></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void charts(StringBuilder h, Report r) {
        List<String> names = new ArrayList<>();
        List<Double> dup = new ArrayList<>();
        List<long[]> uprn = new ArrayList<>();
        for (DatasetMeasures d : r.datasets()) {
            names.add(d.source());
            dup.add(d.duplicateRate());
            uprn.add(new long[] {d.uprnGiven(), d.uprnMatched(), d.uprnUnmatched()});
        }
        h.append("<h2>Charts</h2><div class=\"charts\">\n");
        figure(h, "Within-dataset duplicate rate",
                SvgCharts.shareBars("Within-dataset duplicate rate per dataset", names, dup));
        figure(h, "Residents shared between services",
                SvgCharts.heatmap("Service overlap heatmap", r.overlap().sources(), r.overlap().matrix()));
        figure(h, "Match weights of links (" + r.histogram().links() + " pairs) with thresholds",
                SvgCharts.histogram("Match-weight histogram", r.histogram()));
        figure(h, "UPRN coverage", SvgCharts.coverageBars("UPRN coverage per dataset", names, uprn));
        h.append("</div>\n");
    }

    private static void figure(StringBuilder h, String caption, String svg) {
        h.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>").append(svg)
                .append("</figure>\n");
    }

    private static void datasets(StringBuilder h, List<DatasetMeasures> datasets) {
        h.append("<h2>Datasets</h2>\n<table><tr><th>Dataset</th><th>Records</th><th>Rejected</th><th>Residents</th>")
                .append("<th>Duplicate rate</th><th>UPRN given</th><th>UPRN matched</th><th>UPRN unmatched</th>")
                .append("<th>Postcode complete / valid</th><th>DOB complete / valid</th><th>Names valid</th>")
                .append("<th>Residents with 2+ DOBs</th><th>Residents at 2+ properties</th>")
                .append("<th>Linked to another service</th></tr>\n");
        for (DatasetMeasures d : datasets) {
            FieldQuality pc = d.fields().get(0);
            FieldQuality dob = d.fields().get(1);
            FieldQuality name = d.fields().get(2);
            h.append("<tr><td>").append(esc(d.source())).append("</td>");
            num(h, Long.toString(d.records()));
            num(h, Long.toString(d.rejected()));
            num(h, Long.toString(d.residents()));
            num(h, Summary.pct(d.duplicateRate()));
            num(h, Long.toString(d.uprnGiven()));
            num(h, Long.toString(d.uprnMatched()));
            num(h, Long.toString(d.uprnUnmatched()));
            num(h, Summary.pct(pc.completeness()) + " / " + Summary.pct(pc.validity()));
            num(h, Summary.pct(dob.completeness()) + " / " + Summary.pct(dob.validity()));
            num(h, Summary.pct(name.validity()));
            num(h, Long.toString(d.conflictingDob()));
            num(h, Long.toString(d.multipleProperties()));
            num(h, Summary.pct(d.linkedShare()));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void num(StringBuilder h, String v) {
        h.append("<td class=\"num\">").append(esc(v)).append("</td>");
    }

    private static void overlap(StringBuilder h, ServiceOverlap o) {
        h.append("<h2>Across services</h2>\n<p>").append(esc(String.format(Locale.ROOT,
                "Unique residents: %,d. Seen in one service: %,d; two: %,d; three or more: %,d."
                        + " Records held per resident: %.2f. Residents with conflicting dates of birth: %,d (%s).",
                o.uniqueResidents(), o.residentsByServices().get("1"), o.residentsByServices().get("2"),
                o.residentsByServices().get("3+"), o.recordsPerResident(), o.conflictingDob(),
                Summary.pct(o.conflictingDobRate())))).append("</p>\n<table><tr><th>Residents shared</th>");
        o.sources().forEach(s -> h.append("<th>").append(esc(s)).append("</th>"));
        h.append("</tr>\n");
        for (int i = 0; i < o.sources().size(); i++) {
            h.append("<tr><th>").append(esc(o.sources().get(i))).append("</th>");
            o.matrix().get(i).forEach(v -> num(h, Long.toString(v)));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void insight(StringBuilder h, InsightView i) {
        h.append("<h3>").append(esc(i.title())).append("</h3>\n<p>").append(esc(i.method())).append("</p>\n")
                .append("<p class=\"headline\">").append(esc(i.headline())).append(" (")
                .append(esc(Summary.pct(i.headlineValue()))).append(")</p>\n");
        if (i.score() != null) {
            h.append("<p class=\"score\">").append(esc(String.format(Locale.ROOT,
                    "Against the planted '%s' scenarios: precision %s, recall %s (%d of %d planted found, %d flagged).",
                    i.score().scenario(), Summary.pct(i.score().precision()), Summary.pct(i.score().recall()),
                    i.score().correct(), i.score().planted(), i.score().flagged()))).append("</p>\n");
        }
        if (i.flags().isEmpty()) {
            h.append("<p>Nothing flagged.</p>\n");
            return;
        }
        h.append("<table><tr><th>Record</th><th>Person</th><th>Area</th><th>Evidence</th></tr>\n");
        i.flags().stream().limit(MarkdownReportWriter.MAX_FLAG_ROWS).forEach(f -> {
            h.append("<tr><td>").append(esc(f.source() + "#" + f.recordId())).append("</td><td>")
                    .append(esc(f.person())).append("</td><td>").append(esc(f.area()))
                    .append("</td><td><ul class=\"evidence\">");
            f.evidence().forEach(e -> h.append("<li>").append(esc(e)).append("</li>"));
            h.append("</ul></td></tr>\n");
        });
        h.append("</table>\n");
        if (i.flags().size() > MarkdownReportWriter.MAX_FLAG_ROWS) {
            h.append("<p class=\"other\">").append(i.flags().size() - MarkdownReportWriter.MAX_FLAG_ROWS)
                    .append(" more flags in report.json.</p>\n");
        }
    }

    private static void truth(StringBuilder h, Report r) {
        if (r.truth() == null) {
            return;
        }
        h.append("<h2>Against truth (generated data only)</h2>\n<p>").append(esc(String.format(Locale.ROOT,
                "Residents found by the run: %,d; true residents: %,d.", r.truth().measuredResidents(),
                r.truth().trueResidents()))).append("</p>\n<table><tr><th>Dataset</th><th>Measured duplicate rate</th>")
                .append("<th>True duplicate rate</th></tr>\n");
        r.truth().datasets().forEach(d -> {
            h.append("<tr><td>").append(esc(d.source())).append("</td>");
            num(h, Summary.pct(d.measuredDuplicateRate()));
            num(h, Summary.pct(d.trueDuplicateRate()));
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }
}
