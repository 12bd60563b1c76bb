package org.residentindex.report;

import static org.residentindex.report.ReportStyle.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.residentindex.insight.Cause;
import org.residentindex.insight.Characteristic;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.Evidence;
import org.residentindex.insight.FieldQuality;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.ServiceOverlap;
import org.residentindex.insight.survey.SurveySummary;

/**
 * Renders a {@link Report} as one self-contained HTML page in English or Welsh ({@link Messages}): inline CSS
 * ({@link ReportStyle}) and SVG, no script, nothing fetched. Every value is escaped. Every word comes from the
 * language's resource bundle; the WAO descriptors are quoted in English, and in the Welsh page given in a
 * translation marked as unofficial (the audit's report was not available to us in Welsh). Flag tables show the
 * first {@value #FLAG_ROWS} rows; the full lists are in {@code csv/} (masked unless asked) and report.json.
 */
public final class HtmlReportWriter {

    /** Flag rows shown per insight; the CSV export holds them all. */
    static final int FLAG_ROWS = 25;

    /** The English page. */
    public String render(Report r) {
        return render(r, Messages.of("en"));
    }

    /** The page in {@code m}'s language. */
    public String render(Report r, Messages m) {
        StringBuilder h = new StringBuilder(96_000);
        h.append(ReportStyle.open(m.language().equals("cy") ? "cy" : "en-GB", m.t("title")));
        h.append("<h1>").append(esc(m.t("title"))).append("</h1>\n");
        h.append("<p class=\"meta\"><a href=\"").append(m.language().equals("cy") ? "report.html" : "report.cy.html")
                .append("\" hreflang=\"").append(m.language().equals("cy") ? "en" : "cy").append("\">")
                .append(esc(m.t("other.language"))).append("</a></p>\n");
        h.append("<p class=\"notice ").append(r.personalDataMasked() ? "masked" : "unmasked").append("\">")
                .append(esc(m.t(r.personalDataMasked() ? "notice.masked" : "notice.unmasked"))).append("</p>\n");
        h.append("<p class=\"meta\">").append(esc(m.t("meta.run", r.run().directory())));
        if (r.run().manifest().started() != null) {
            h.append(esc(m.t("meta.started", r.run().manifest().started())));
        }
        if (r.snapshot2() != null) {
            h.append(esc(m.t("meta.snapshot2", r.snapshot2())));
        }
        h.append(esc(m.t("meta.schema", r.schema()))).append("</p>\n");
        summary(h, r, m);
        seven(h, r, m);
        maturity(h, r, m);
        survey(h, r, m);
        trend(h, r, m);
        charts(h, r, m);
        model(h, r, m);
        datasets(h, r.datasets(), m);
        overlap(h, r.overlap(), m);
        h.append("<h2>").append(esc(m.t("insights.heading"))).append("</h2>\n");
        r.insights().forEach(i -> insight(h, i, m));
        truth(h, r, m);
        glossary(h, m);
        h.append("<h2>").append(esc(m.t("exports.heading"))).append("</h2><p>").append(esc(m.t("exports.text")))
                .append("</p>\n");
        h.append("<h2>").append(esc(m.t("notes.heading"))).append("</h2><ul>");
        for (String key : noteKeys(r)) {
            h.append("<li>").append(esc(m.t(key))).append("</li>");
        }
        h.append("</ul>\n").append(ReportStyle.close());
        return h.toString();
    }

    private static List<String> noteKeys(Report r) {
        List<String> keys = new ArrayList<>(List.of("note.residents", "note.duplicates", "note.uprn", "note.validity",
                "note.conflicts", "note.thresholds", "note.adults", "note.scores"));
        if (r.snapshot2() != null) {
            keys.add("note.household");
        }
        if (r.survey() != null) {
            keys.add("note.survey");
        }
        return keys;
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String pct(double share) {
        return Summary.pct(share);
    }

    private static void summary(StringBuilder h, Report r, Messages m) {
        Report.Bases b = r.bases();
        h.append("<h2>").append(esc(m.t("summary.heading"))).append("</h2><ul>");
        li(h, m.t("summary.records", n(b.records()), r.datasets().size(), n(b.residents())));
        li(h, m.t("summary.duplicates", n(b.duplicateRecords()), pct(Summary.share(b.duplicateRecords(), b.records())),
                n(b.records())));
        li(h, m.t("summary.multi", n(b.multiService()), pct(Summary.share(b.multiService(), b.residents())),
                n(b.residents())));
        li(h, m.t("summary.linked", n(b.linkedRecords()), pct(Summary.share(b.linkedRecords(), b.records())),
                n(b.records())));
        li(h, m.t("summary.bases"));
        for (MaturityAssessment a : r.maturity()) {
            li(h, m.t("summary.level", m.t("char." + a.id()), a.level()));
        }
        for (InsightView i : r.insights()) {
            li(h, m.t("insight." + i.id() + ".title") + ": " + headline(i, m));
        }
        h.append("</ul>\n");
    }

    private static void li(StringBuilder h, String s) {
        h.append("<li>").append(esc(s)).append("</li>");
    }

    private static String badge(int level, Messages m) {
        return "<span class=\"level l" + level + "\">" + esc(level == 0 ? m.t("level.none") : m.t("level.n", level))
                + "</span>";
    }

    private static void seven(StringBuilder h, Report r, Messages m) {
        h.append("<h2>").append(esc(m.t("seven.heading"))).append("</h2>\n<p>").append(esc(m.t("seven.intro")))
                .append("</p>\n<table><tr><th>").append(esc(m.t("seven.characteristic"))).append("</th><th>")
                .append(esc(m.t("seven.measured"))).append("</th><th>").append(esc(m.t("seven.perceived.officers")))
                .append("</th><th>").append(esc(m.t("seven.perceived.members"))).append("</th><th>")
                .append(esc(m.t("seven.note"))).append("</th></tr>\n");
        for (Characteristic c : Characteristic.values()) {
            int measured = r.maturity().stream().filter(a -> a.id().equals(c.id()))
                    .mapToInt(MaturityAssessment::level).findFirst().orElse(0);
            SurveySummary.CharacteristicAnswers s = r.survey() == null ? null : r.survey().byId().get(c.id());
            h.append("<tr><td><strong>").append(esc(m.t("char." + c.id()))).append("</strong></td><td>")
                    .append(measured == 0 ? esc(m.t("seven.notmeasured")) : badge(measured, m)).append("</td><td>")
                    .append(s == null ? esc(m.t("seven.nosurvey")) : badge(s.perceivedOfficers(), m))
                    .append("</td><td>").append(s == null ? esc(m.t("seven.nosurvey")) : badge(s.perceivedMembers(), m))
                    .append("</td><td>").append(esc(sevenNote(c, measured, s, m))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String sevenNote(Characteristic c, int measured, SurveySummary.CharacteristicAnswers s,
                                    Messages m) {
        if (s == null) {
            return measured == 0 ? m.t("seven.needsurvey") : m.t("seven.measuredonly");
        }
        if (measured == 0) {
            return m.t("seven.surveyonly", s.answers());
        }
        if (s.perceivedOfficers() == 0) {
            return m.t("seven.noanswers");
        }
        String key = s.perceivedOfficers() > measured ? "seven.higher" : s.perceivedOfficers() < measured
                ? "seven.lower" : "seven.same";
        return m.t(key, s.perceivedOfficers(), m.t("char." + c.id()), measured);
    }

    private static String descriptor(Messages m, String id, int level, String english) {
        if (m.language().equals("en")) {
            return "<span class=\"desc\">&ldquo;" + esc(english) + "&rdquo;</span>";
        }
        return "<span class=\"desc\" lang=\"cy\">&ldquo;" + esc(m.t("desc." + id + "." + level)) + "&rdquo;</span> "
                + "<span class=\"translation\">(" + esc(m.t("desc.translated")) + ")</span><br><span class=\"other\""
                + " lang=\"en\">&ldquo;" + esc(english) + "&rdquo;</span>";
    }

    private static void maturity(StringBuilder h, Report r, Messages m) {
        h.append("<h2>").append(esc(m.t("maturity.heading"))).append("</h2>\n<p>").append(esc(m.t("maturity.intro")))
                .append("</p>\n");
        for (MaturityAssessment a : r.maturity()) {
            h.append("<div class=\"card\"><h3>").append(esc(m.t("char." + a.id()))).append(" ")
                    .append(badge(a.level(), m)).append("</h3>\n<p>").append(descriptor(m, a.id(), a.level(),
                            a.descriptor())).append("</p>\n<p><strong>").append(esc(m.t("maturity.evidence")))
                    .append("</strong></p><ul class=\"evidence\">");
            for (Evidence e : a.evidence()) {
                h.append("<li>").append(esc(e.key() == null ? e.measure() : m.t("measure." + e.key())))
                        .append(": <strong>").append(esc(e.display())).append("</strong></li>");
            }
            h.append("</ul>\n<p><strong>").append(esc(m.t(a.level() == 3 ? "maturity.why3" : "maturity.whynot",
                    a.level() + 1))).append("</strong></p>");
            if (a.causes().isEmpty()) {
                h.append("<p>").append(esc(m.t("maturity.allmet"))).append("</p>");
            } else {
                h.append("<ul class=\"evidence cause\">");
                a.causes().forEach(c -> li(h, cause(c, m)));
                h.append("</ul>");
            }
            h.append("\n<p class=\"next\"><strong>").append(esc(m.t(a.level() == 3 ? "maturity.keep"
                    : "maturity.next", a.level() + 1))).append("</strong> ");
            if (a.level() < 3) {
                List<String> fixes = new ArrayList<>();
                a.causes().forEach(c -> fixes.add(fix(c, m)));
                h.append(esc(String.join("; ", fixes)));
            }
            h.append("</p>\n<p class=\"other\">").append(esc(m.t("scope." + a.id()))).append("</p></div>\n");
        }
        h.append("<p class=\"other\">").append(esc(m.t("maturity.thresholds"))).append("</p>\n");
    }

    static String cause(Cause c, Messages m) {
        String op = c.atLeast() ? "<" : ">";
        String pooled = m.t("measure." + c.measure()) + ": " + pct(c.value()) + " " + op + " " + pct(c.threshold());
        if (c.datasets().isEmpty()) {
            return pooled;
        }
        List<String> parts = new ArrayList<>();
        for (Cause.DatasetFigure d : c.datasets()) {
            parts.add(m.t("cause.dataset", m.possessive(d.dataset()), pct(d.value()), op,
                    pct(c.datasetThreshold()), m.t("short." + c.measure())));
        }
        String key = c.measure().equals("coded_services") ? "cause.coded" : "cause.pooled";
        return m.t(key, pooled, String.join(", ", parts));
    }

    static String fix(Cause c, Messages m) {
        List<String> parts = new ArrayList<>();
        for (Cause.DatasetFigure d : c.datasets()) {
            parts.add(d.toFix() > 0 ? m.t("fix.count." + action(c.measure()), m.dataset(d.dataset()), n(d.toFix()))
                    : m.dataset(d.dataset()));
        }
        String target = (c.atLeast() ? "≥ " : "≤ ") + pct(c.threshold());
        if (c.measure().equals("coded_services")) {
            return m.t("fix.coded", target, String.join(", ", parts));
        }
        return parts.isEmpty() ? m.t("fix.pooled", m.t("measure." + c.measure()), target)
                : m.t("fix.datasets", m.t("measure." + c.measure()), target, String.join("; ", parts));
    }

    private static String action(String measure) {
        return switch (measure) {
            case "median_duplicate_rate", "max_duplicate_rate", "duplicate_share" -> "duplicates";
            case "uprn_coverage" -> "uprn";
            case "linked_share" -> "link";
            default -> "correct";
        };
    }

    private static void survey(StringBuilder h, Report r, Messages m) {
        SurveySummary s = r.survey();
        h.append("<h2>").append(esc(m.t("survey.heading"))).append("</h2>\n");
        if (s == null) {
            h.append("<p>").append(esc(m.t("survey.none"))).append("</p>\n");
            return;
        }
        h.append("<p>").append(esc(m.t("survey.intro"))).append("</p>\n<table><tr><th>")
                .append(esc(m.t("survey.recipients"))).append("</th><th>").append(esc(m.t("survey.invited")))
                .append("</th><th>").append(esc(m.t("survey.received"))).append("</th><th>")
                .append(esc(m.t("survey.percent"))).append("</th></tr>\n");
        for (SurveySummary.Rate rate : s.rates()) {
            h.append("<tr><td>").append(esc(m.t(rate.role() == null ? "survey.total" : "role." + rate.role().id())))
                    .append("</td>");
            num(h, n(rate.invited()));
            num(h, n(rate.responded()));
            num(h, rate.percent() + "%");
            h.append("</tr>\n");
        }
        h.append("</table>\n<table><tr><th rowspan=\"2\">").append(esc(m.t("seven.characteristic"))).append("</th>")
                .append("<th colspan=\"3\">").append(esc(m.t("role.officer"))).append("</th><th colspan=\"3\">")
                .append(esc(m.t("role.member"))).append("</th><th rowspan=\"2\">").append(esc(m.t("survey.median")))
                .append("</th><th rowspan=\"2\">").append(esc(m.t("seven.measured"))).append("</th></tr><tr>");
        for (int k = 0; k < 2; k++) {
            for (int l = 1; l <= 3; l++) {
                h.append("<th>").append(esc(m.t("level.n", l))).append("</th>");
            }
        }
        h.append("</tr>\n");
        for (SurveySummary.CharacteristicAnswers c : s.characteristics()) {
            h.append("<tr><td>").append(esc(m.t("char." + c.id()))).append("</td>");
            c.officers().forEach(v -> num(h, n(v)));
            c.members().forEach(v -> num(h, n(v)));
            h.append("<td>").append(badge(c.perceived(), m)).append("</td><td>")
                    .append(c.measured() == 0 ? esc(m.t("seven.notmeasured")) : badge(c.measured(), m))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p>").append(esc(m.t("survey.comments", n(s.comments())))).append("</p>\n");
        if (!s.commentText().isEmpty()) {
            h.append("<ul>");
            s.commentText().forEach(c -> li(h, c));
            h.append("</ul>\n");
        }
    }

    private static void trend(StringBuilder h, Report r, Messages m) {
        Trend t = r.trend();
        if (t == null) {
            return;
        }
        h.append("<h2>").append(esc(m.t("trend.heading"))).append("</h2>\n<p>").append(esc(m.t("trend.intro",
                t.baseline()))).append("</p>\n<table><tr><th>").append(esc(m.t("seven.characteristic")))
                .append("</th><th>").append(esc(m.t("trend.before"))).append("</th><th>").append(esc(m.t("trend.after")))
                .append("</th></tr>\n");
        for (Trend.LevelChange l : t.levels()) {
            h.append("<tr><td>").append(esc(m.t("char." + l.id()))).append("</td><td>").append(badge(l.before(), m))
                    .append("</td><td>").append(badge(l.after(), m)).append("</td></tr>\n");
        }
        Trend.ResidentChanges c = t.residents();
        h.append("</table>\n<p>").append(esc(m.t("trend.residents", n(c.before()), n(c.after()), n(c.continuing()),
                n(c.newResidents()), n(c.merged()), n(c.split()), n(c.gone())))).append("</p>\n<p>")
                .append(esc(m.t("trend.records", n(c.recordsKept()), n(c.recordsAdded()), n(c.recordsRemoved()))))
                .append("</p>\n");
        // one row per dataset, one column per measure: "baseline → this run (change)"
        java.util.Map<String, java.util.Map<String, Trend.Change>> byDataset = new java.util.LinkedHashMap<>();
        List<String> measures = new ArrayList<>();
        for (Trend.Change ch : t.measures()) {
            byDataset.computeIfAbsent(ch.dataset(), k -> new java.util.LinkedHashMap<>()).put(ch.measure(), ch);
        }
        for (String dataset : byDataset.keySet()) {
            List<String> cols = new ArrayList<>(byDataset.get(dataset).keySet());
            if (!dataset.equals("all")) {
                measures = cols;
            }
        }
        for (boolean overall : new boolean[] {false, true}) {
            List<String> cols = overall ? new ArrayList<>(byDataset.getOrDefault("all", java.util.Map.of()).keySet())
                    : measures;
            h.append("<table><tr><th>").append(esc(m.t("table.dataset"))).append("</th>");
            cols.forEach(col -> h.append("<th>").append(esc(m.t("trend.m." + col))).append("</th>"));
            h.append("</tr>\n");
            for (var e : byDataset.entrySet()) {
                if (e.getKey().equals("all") != overall) {
                    continue;
                }
                h.append("<tr><td>").append(esc(overall ? m.t("trend.all") : m.dataset(e.getKey()))).append("</td>");
                for (String col : cols) {
                    Trend.Change ch = e.getValue().get(col);
                    num(h, ch == null ? "" : value(ch.before(), ch.percent()) + " → " + value(ch.after(), ch.percent())
                            + " (" + change(ch) + ")");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static String change(Trend.Change ch) {
        if (Double.isNaN(ch.change())) {
            return "–";
        }
        String sign = ch.change() > 0 ? "+" : "";
        return sign + (ch.percent() ? String.format(Locale.ROOT, "%.1f pp", ch.change() * 100) : value(ch.change(), false));
    }

    static String value(double v, boolean percent) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (percent) {
            return pct(v);
        }
        return v == Math.rint(v) ? n((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void charts(StringBuilder h, Report r, Messages m) {
        List<String> names = new ArrayList<>();
        List<Double> dup = new ArrayList<>();
        List<long[]> uprn = new ArrayList<>();
        for (DatasetMeasures d : r.datasets()) {
            names.add(m.dataset(d.source()));
            dup.add(d.duplicateRate());
            uprn.add(new long[] {d.uprnGiven(), d.uprnMatched(), d.uprnUnmatched()});
        }
        h.append("<h2>").append(esc(m.t("charts.heading"))).append("</h2><div class=\"charts\">\n");
        double l3 = r.thresholds().icdL3MaxDuplicateRate();
        double l1 = r.thresholds().icdL1MedianDuplicateRate();
        figure(h, m.t("chart.dup.caption"), m.t("chart.dup.text"), SvgCharts.shareBars(m.t("chart.dup.caption"), names,
                dup, m.t("chart.dup.axis"), List.of(l3, l1), List.of(m.t("chart.dup.l3", pct(l3)),
                        m.t("chart.dup.l1", pct(l1)))));
        figure(h, m.t("chart.overlap.caption"), m.t("chart.overlap.text"), SvgCharts.heatmap(
                m.t("chart.overlap.caption"), names, r.overlap().matrix(), m.t("chart.overlap.diagonal"),
                m.t("chart.overlap.fewer"), m.t("chart.overlap.more")));
        WeightHistogram hist = r.histogram();
        figure(h, m.t("chart.weights.caption", n(hist.links()), n(hist.reviewPairs())), m.t("chart.weights.text"),
                SvgCharts.histogram(m.t("chart.weights.caption", n(hist.links()), n(hist.reviewPairs())), hist,
                        new SvgCharts.HistogramWords(m.t("chart.weights.empty"), m.t("chart.weights.x"),
                                m.t("chart.weights.top"), m.t("chart.weights.y"), m.t("chart.weights.link"),
                                m.t("chart.weights.review"), m.t("chart.weights.links"),
                                m.t("chart.weights.reviewpairs"))));
        figure(h, m.t("chart.uprn.caption"), m.t("chart.uprn.text"), SvgCharts.coverageBars(m.t("chart.uprn.caption"),
                names, uprn, List.of(m.t("uprn.given"), m.t("uprn.matched"), m.t("uprn.unmatched")),
                m.t("chart.uprn.axis")));
        h.append("</div>\n");
    }

    private static void figure(StringBuilder h, String caption, String text, String svg) {
        h.append("<figure><figcaption>").append(esc(caption)).append("</figcaption><p>").append(esc(text))
                .append("</p>").append(svg).append("</figure>\n");
    }

    private static void model(StringBuilder h, Report r, Messages m) {
        ModelSection s = r.model();
        h.append("<h2>").append(esc(m.t("model.heading"))).append("</h2>\n<p>").append(esc(m.t("model.intro")))
                .append("</p>\n<p class=\"headline\">").append(esc(m.t("model.estimate", pct(s.estimatedPrecision()),
                        n(s.links()), String.format(Locale.ROOT, "%,.0f", s.expectedFalseLinks()),
                        pct(s.estimatedRecall()), String.format(Locale.ROOT, "%,.0f", s.expectedMatchesInReview()),
                        n(s.reviewPairs())))).append("</p>\n");
        if (s.linkProbability() != null) {
            h.append("<p>").append(esc(m.t("model.thresholds", s.linkProbability(), s.reviewProbability())))
                    .append("</p>\n");
        }
        if (s.fields().isEmpty()) {
            h.append("<p>").append(esc(m.t("model.nomodel"))).append("</p>\n");
            return;
        }
        h.append("<table><tr><th>").append(esc(m.t("model.field"))).append("</th><th>").append(esc(m.t("model.level")))
                .append("</th><th>").append(esc(m.t("model.m"))).append("</th><th>").append(esc(m.t("model.u")))
                .append("</th><th>").append(esc(m.t("model.weight"))).append("</th></tr>\n");
        for (ModelSection.FieldLevels f : s.fields()) {
            boolean first = true;
            for (ModelSection.Level l : f.levels()) {
                h.append("<tr>");
                if (first) {
                    h.append("<td rowspan=\"").append(f.levels().size()).append("\"><strong>").append(esc(f.field()))
                            .append("</strong></td>");
                    first = false;
                }
                h.append("<td>").append(esc(l.label())).append("</td>");
                num(h, String.format(Locale.ROOT, "%.4f", l.m()));
                num(h, String.format(Locale.ROOT, "%.6f", l.u()));
                num(h, String.format(Locale.ROOT, "%+.2f", l.weight()));
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void datasets(StringBuilder h, List<DatasetMeasures> datasets, Messages m) {
        h.append("<h2>").append(esc(m.t("datasets.heading"))).append("</h2>\n<table><tr>");
        for (String k : List.of("table.dataset", "table.records", "table.rejected", "table.residents",
                "table.duplicates", "table.duprate", "uprn.given", "uprn.matched", "uprn.unmatched",
                "table.postcode", "table.dob", "table.names", "table.dobs", "table.properties", "table.linked")) {
            h.append("<th>").append(esc(m.t(k))).append("</th>");
        }
        h.append("</tr>\n");
        for (DatasetMeasures d : datasets) {
            FieldQuality pc = d.fields().get(0);
            FieldQuality dob = d.fields().get(1);
            FieldQuality name = d.fields().get(2);
            h.append("<tr><td>").append(esc(m.dataset(d.source()))).append("</td>");
            num(h, n(d.records()));
            num(h, n(d.rejected()));
            num(h, n(d.residents()));
            num(h, n(d.duplicateRecords()));
            num(h, pct(d.duplicateRate()));
            num(h, n(d.uprnGiven()));
            num(h, n(d.uprnMatched()));
            num(h, n(d.uprnUnmatched()));
            num(h, pct(pc.completeness()) + " / " + pct(pc.validity()));
            num(h, pct(dob.completeness()) + " / " + pct(dob.validity()));
            num(h, pct(name.validity()));
            num(h, n(d.conflictingDob()));
            num(h, n(d.multipleProperties()));
            num(h, pct(d.linkedShare()));
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"other\">").append(esc(m.t("datasets.note"))).append("</p>\n");
    }

    private static void num(StringBuilder h, String v) {
        h.append("<td class=\"num\">").append(esc(v)).append("</td>");
    }

    private static void overlap(StringBuilder h, ServiceOverlap o, Messages m) {
        h.append("<h2>").append(esc(m.t("overlap.heading"))).append("</h2>\n<p>").append(esc(m.t("overlap.text",
                n(o.uniqueResidents()), n(o.residentsByServices().get("1")), n(o.residentsByServices().get("2")),
                n(o.residentsByServices().get("3+")), String.format(Locale.ROOT, "%.2f", o.recordsPerResident()),
                n(o.conflictingDob()), pct(o.conflictingDobRate())))).append("</p>\n");
    }

    static String headline(InsightView i, Messages m) {
        if (i.base().unit() != null) {
            return m.t("insight.headline.units", n(i.base().unitsFlagged()), n(i.base().unitsExamined()),
                    m.t("unit." + i.base().unit()), n(i.flagged()), n(i.examined()), pct(i.headlineValue()));
        }
        String key = "insight." + i.id() + ".headline";
        return m.t(key, n(i.examined() - i.flagged()), n(i.examined()), n(i.flagged()), pct(i.headlineValue()));
    }

    private static void insight(StringBuilder h, InsightView i, Messages m) {
        h.append("<h3>").append(esc(m.t("insight." + i.id() + ".title"))).append("</h3>\n<p>")
                .append(esc(m.t("insight." + i.id() + ".method"))).append("</p>\n<p class=\"headline\">")
                .append(esc(headline(i, m))).append("</p>\n<p class=\"other\">")
                .append(esc(m.t("insight.base", n(i.sourceRecords()), m.dataset(i.source()), n(i.examined()))));
        if (i.base().notExamined() > 0) {
            h.append(esc(m.t("insight.notexamined", n(i.base().notExamined()),
                    m.t("why." + i.id()))));
        }
        h.append("</p>\n");
        if (i.score() != null) {
            h.append("<p class=\"score\">").append(esc(m.t("insight.score", i.score().scenario(),
                    pct(i.score().precision()), pct(i.score().recall()), n(i.score().correct()),
                    n(i.score().planted()), n(i.score().flagged())))).append("</p>\n");
        }
        if (i.flags().isEmpty()) {
            h.append("<p>").append(esc(m.t("insight.nothing"))).append("</p>\n");
            return;
        }
        h.append("<table><tr><th>").append(esc(m.t("flag.record"))).append("</th><th>")
                .append(esc(m.t("flag.person"))).append("</th><th>").append(esc(m.t("flag.area"))).append("</th><th>")
                .append(esc(m.t("flag.evidence"))).append("</th></tr>\n");
        i.flags().stream().limit(FLAG_ROWS).forEach(f -> {
            h.append("<tr><td>").append(esc(f.source() + "#" + f.recordId())).append("</td><td>")
                    .append(esc(f.person())).append("</td><td>").append(esc(f.area()))
                    .append("</td><td><ul class=\"evidence\">");
            f.facts().forEach(fact -> li(h, m.t("fact." + fact.key(), fact.args().toArray())));
            h.append("</ul></td></tr>\n");
        });
        h.append("</table>\n<p class=\"other\">").append(esc(m.t("insight.more", n(Math.min(FLAG_ROWS,
                i.flags().size())), n(i.flags().size()), "csv/flags_" + i.id() + ".csv"))).append("</p>\n");
    }

    private static void truth(StringBuilder h, Report r, Messages m) {
        if (r.truth() == null) {
            return;
        }
        h.append("<h2>").append(esc(m.t("truth.heading"))).append("</h2>\n<p>").append(esc(m.t("truth.text",
                n(r.truth().measuredResidents()), n(r.truth().trueResidents())))).append("</p>\n<table><tr><th>")
                .append(esc(m.t("table.dataset"))).append("</th><th>").append(esc(m.t("truth.measured")))
                .append("</th><th>").append(esc(m.t("truth.true"))).append("</th></tr>\n");
        r.truth().datasets().forEach(d -> {
            h.append("<tr><td>").append(esc(m.dataset(d.source()))).append("</td>");
            num(h, pct(d.measuredDuplicateRate()));
            num(h, pct(d.trueDuplicateRate()));
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }

    private static void glossary(StringBuilder h, Messages m) {
        h.append("<h2>").append(esc(m.t("glossary.heading"))).append("</h2>\n<dl class=\"glossary\">");
        for (String term : List.of("resident", "record", "uprn", "gazetteer", "duplicate", "linked", "probability",
                "weight", "review", "mu", "precision", "masked", "level", "survey")) {
            h.append("<dt>").append(esc(m.t("glossary." + term))).append("</dt><dd>")
                    .append(esc(m.t("glossary." + term + ".text"))).append("</dd>");
        }
        h.append("</dl>\n");
    }
}
