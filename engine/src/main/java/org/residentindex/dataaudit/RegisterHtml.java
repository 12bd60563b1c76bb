package org.residentindex.dataaudit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders a {@link DataAudit} as one self-contained HTML page in one language (inline CSS, no script, nothing
 * fetched), in the report's style. Every word comes from {@link Messages}; every value is escaped. The page holds
 * no record value: dataset, column and format names, counts and shares only.
 */
final class RegisterHtml {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1f2933;\
            background:#fff;line-height:1.45}
            main{max-width:1180px;margin:0 auto;padding:24px 32px}
            h1{font-size:28px;margin:0 0 8px}h2{font-size:21px;border-bottom:2px solid #0b5394;padding-bottom:4px;\
            margin-top:36px}h3{font-size:17px;margin-top:26px}
            .notice{padding:10px 14px;border-radius:6px;margin:12px 0;font-weight:600}
            .masked{background:#e8f1fb;border:1px solid #9cc3ea}.warn{background:#fff4e5;border:1px solid #f0b86e}
            .meta{color:#52606d;font-size:14px}.lang{float:right;font-size:14px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
            th,td{border:1px solid #d9e2ec;padding:5px 7px;text-align:left;vertical-align:top}
            th{background:#f0f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .ok{color:#1e8449;font-weight:600}.no{color:#c0392b;font-weight:600}.tie{color:#d68910;font-weight:600}
            .special{background:#fdecea}.other{color:#7b8794;font-size:12px}.headline{font-size:14px}
            """;

    private final Messages m;

    RegisterHtml(Messages messages) {
        this.m = messages;
    }

    String render(DataAudit a) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.get("lang")))
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(m.get("title"))).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
        h.append("<p class=\"lang\"><a href=\"").append(esc(m.get("other.language.file"))).append("\">")
                .append(esc(m.get("other.language"))).append("</a></p>\n");
        h.append("<h1>").append(esc(m.get("title"))).append("</h1>\n");
        h.append("<p class=\"notice masked\">").append(esc(m.get("notice"))).append("</p>\n");
        h.append("<p>").append(esc(m.get("intro"))).append("</p>\n");
        h.append("<p class=\"meta\">").append(esc(m.format("meta.asof", a.asOf()))).append(' ')
                .append(esc(a.run() == null ? m.get("meta.norun") : m.format("meta.run", a.run())));
        if (a.notInRun() > 0) {
            h.append(' ').append(esc(m.format("meta.notinrun", Long.toString(a.notInRun()))));
        }
        h.append("</p>\n");
        governance(h, a);
        datasets(h, a);
        collection(h, a);
        standard(h, a);
        items(h, a);
        others(h, a);
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private void governance(StringBuilder h, DataAudit a) {
        List<String> missing = a.missingGovernance();
        h.append("<p class=\"notice ").append(missing.isEmpty() ? "masked" : "warn").append("\">")
                .append(esc(missing.isEmpty() ? m.get("governance.complete")
                        : m.format("governance.missing", String.join(", ", missing)))).append("</p>\n");
    }

    private void datasets(StringBuilder h, DataAudit a) {
        h.append("<h2>").append(esc(m.get("section.datasets"))).append("</h2>\n<table><tr>");
        th(h, "col.dataset", "col.owner", "col.purpose", "col.lawful_basis", "col.records", "col.rejected",
                "col.keys", "col.date_range", "col.special");
        h.append("</tr>\n");
        for (DatasetEntry d : a.datasets()) {
            h.append("<tr><td><b>").append(esc(d.source())).append("</b><br><span class=\"other\">")
                    .append(esc(d.file())).append("</span></td>");
            td(h, d.owner());
            td(h, d.purpose());
            td(h, d.lawfulBasis());
            num(h, Long.toString(d.records()));
            num(h, Long.toString(d.rejected()));
            h.append("<td>").append(esc(d.keys().stream().map(k -> m.get("key." + k.kind()) + " (" + k.column()
                    + ", " + Shares.pct(k.coverage()) + ")").collect(Collectors.joining("; ")))).append("</td>");
            h.append("<td>").append(esc(d.dateRanges().isEmpty() ? m.get("value.none") : d.dateRanges().stream()
                    .map(r -> r.column() + ": " + r.from() + " \u2013 " + r.to()).collect(Collectors.joining("; "))))
                    .append("</td>");
            h.append(d.specialCategories().isEmpty() ? "<td>" : "<td class=\"special\">")
                    .append(esc(d.specialCategories().isEmpty() ? m.get("value.no")
                            : categories(d.specialCategories())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void items(StringBuilder h, DataAudit a) {
        h.append("<h2>").append(esc(m.get("section.items"))).append("</h2>\n");
        for (DatasetEntry d : a.datasets()) {
            h.append("<h3>").append(esc(d.source()));
            if (!d.specialCategories().isEmpty()) {
                h.append(" <span class=\"special\">").append(esc(m.get("value.special") + ": "
                        + categories(d.specialCategories()))).append("</span>");
            }
            h.append("</h3>\n<table><tr>");
            th(h, "col.item", "col.columns", "col.category", "col.present", "col.completeness", "col.valid",
                    "col.validity", "col.check");
            h.append("</tr>\n");
            for (ItemQuality i : d.items()) {
                h.append("<tr><td>").append(esc(m.get("item." + i.item().key()))).append("</td>");
                td(h, String.join(", ", i.columns()));
                td(h, m.get("value.personal"));
                num(h, Long.toString(i.present()));
                num(h, Shares.pct(i.completeness()));
                num(h, i.valid() < 0 ? "\u2013" : Long.toString(i.valid()));
                num(h, i.validity() == null ? "\u2013" : Shares.pct(i.validity()));
                td(h, i.check() == null ? "\u2013" : m.get(i.check()));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private void others(StringBuilder h, DataAudit a) {
        h.append("<h2>").append(esc(m.get("section.other"))).append("</h2>\n<table><tr>");
        th(h, "col.dataset", "col.column", "col.present", "col.completeness", "col.special");
        h.append("</tr>\n");
        for (DatasetEntry d : a.datasets()) {
            for (OtherColumn o : d.otherColumns()) {
                h.append("<tr><td>").append(esc(d.source())).append("</td>");
                td(h, o.column());
                num(h, Long.toString(o.present()));
                num(h, Shares.pct(o.completeness()));
                h.append(o.specialCategories().isEmpty() ? "<td>" : "<td class=\"special\">")
                        .append(esc(o.specialCategories().isEmpty() ? m.get("value.no")
                                : m.get("value.special") + ": " + categories(o.specialCategories())))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private void collection(StringBuilder h, DataAudit a) {
        h.append("<h2>").append(esc(m.get("section.collection"))).append("</h2>\n");
        if (a.run() == null) {
            h.append("<p>").append(esc(m.get("meta.norun"))).append("</p>\n");
            return;
        }
        h.append("<p class=\"meta\">").append(esc(m.get("legend.collection"))).append("</p>\n<table><tr>");
        th(h, "col.item", "col.held_by", "col.residents_holding", "col.in1", "col.in2", "col.in3", "col.share3",
                "col.compared", "col.disagree", "col.headline");
        h.append("</tr>\n");
        for (Collection c : a.collection()) {
            h.append("<tr><td>").append(esc(m.get("item." + c.item().key()))).append("</td>");
            h.append("<td>").append(c.services().size()).append("<br><span class=\"other\">")
                    .append(esc(String.join(", ", c.services()))).append("</span></td>");
            num(h, Long.toString(c.holding()));
            num(h, Long.toString(c.inOne()));
            num(h, Long.toString(c.inTwo()));
            num(h, Long.toString(c.inThreeOrMore()));
            num(h, Shares.pct(c.shareThreeOrMore()));
            if (c.compared() < 0) {
                h.append("<td colspan=\"2\">").append(esc(m.get("value.not_compared"))).append("</td>");
            } else if (c.compared() == 0) {
                num(h, "0");
                num(h, "\u2013");
            } else {
                num(h, Long.toString(c.compared()));
                num(h, c.disagreeing() + " (" + Shares.pct(c.disagreementRate()) + ")");
            }
            td(h, headline(m, c));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** "Date of birth is held by 5 services; 61.0% … 3 or more; they disagree for 1.1%." */
    static String headline(Messages m, Collection c) {
        String item = m.get("item." + c.item().key());
        // mid-sentence in Welsh ("Mae 5 gwasanaeth yn dal dyddiad geni"); acronyms such as UPRN keep their capitals
        if (!m.get("lang").startsWith("en") && item.length() > 1 && !Character.isUpperCase(item.charAt(1))) {
            item = item.substring(0, 1).toLowerCase(Locale.ROOT) + item.substring(1);
        }
        return c.disagreementRate() == null
                ? m.format("headline.collection.nocompare", item, c.services().size(), Shares.pct(c.shareThreeOrMore()))
                : m.format("headline.collection", item, c.services().size(), Shares.pct(c.shareThreeOrMore()),
                        Shares.pct(c.disagreementRate()));
    }

    private void standard(StringBuilder h, DataAudit a) {
        List<String> sources = a.datasets().stream().map(DatasetEntry::source).toList();
        h.append("<h2>").append(esc(m.get("section.standard"))).append("</h2>\n");
        h.append("<p class=\"meta\">").append(esc(m.get("legend.standard"))).append("</p>\n");
        h.append("<p class=\"notice masked\">").append(esc(m.format("evidence.corporate",
                Shares.pct(a.meanConformance())))).append("</p>\n<table><tr>");
        th(h, "col.core_item", "col.proposed", "col.votes", "col.rule");
        for (String s : sources) {
            h.append("<th>").append(esc(s)).append("</th>");
        }
        h.append("</tr>\n");
        for (StandardRow r : a.standard()) {
            h.append("<tr><td>").append(esc(m.get("standard." + r.item().key()))).append("</td>");
            h.append("<td><b>").append(esc(m.formatName(r.format()))).append("</b>");
            if (r.tie()) {
                h.append("<br><span class=\"tie\">").append(esc(m.get("value.tie"))).append("</span>");
            }
            h.append("</td>");
            num(h, r.votes() + " / " + r.voters());
            td(h, m.get("rule." + r.item().key()));
            for (String s : sources) {
                Double c = r.conformance().get(s);
                if (c == null) {
                    h.append("<td class=\"other\">\u2013</td>");
                } else {
                    boolean ok = r.conforms(s);
                    h.append("<td><span class=\"").append(ok ? "ok" : "no").append("\">").append(Shares.pct(c))
                            .append("</span><br><span class=\"other\">")
                            .append(esc(ok ? m.get("value.conforms")
                                    : m.format("value.differs", m.formatName(r.datasetFormats().get(s)))))
                            .append("</span></td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private String categories(List<String> categories) {
        return categories.stream().map(c -> m.get("category." + c)).collect(Collectors.joining(", "));
    }

    private void th(StringBuilder h, String... keys) {
        for (String k : keys) {
            h.append("<th>").append(esc(m.get(k))).append("</th>");
        }
    }

    private void td(StringBuilder h, String text) {
        h.append("<td>").append(text == null ? "<span class=\"other\">" + esc(m.get("value.not_filled")) + "</span>"
                : esc(text)).append("</td>");
    }

    private static void num(StringBuilder h, String text) {
        h.append("<td class=\"num\">").append(esc(text)).append("</td>");
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
