package org.residentindex.dataaudit;

import java.util.List;

/**
 * The proposed corporate data standard as Markdown a council can adopt and edit: one table of core items with the
 * proposed format and validation rule, then one of each dataset's conformance. Words from {@link Messages}.
 */
final class StandardMarkdown {

    private StandardMarkdown() {
    }

    static String render(DataAudit a, Messages m) {
        List<String> sources = a.datasets().stream().map(DatasetEntry::source).toList();
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(m.get("section.standard")).append("\n\n");
        md.append(m.get("legend.standard")).append("\n\n");
        md.append("| ").append(m.get("col.core_item")).append(" | ").append(m.get("col.proposed")).append(" | ")
                .append(m.get("col.votes")).append(" | ").append(m.get("col.rule")).append(" |\n");
        md.append("| --- | --- | ---: | --- |\n");
        for (StandardRow r : a.standard()) {
            md.append("| ").append(cell(m.get("standard." + r.item().key()))).append(" | **")
                    .append(cell(m.formatName(r.format()))).append("**")
                    .append(r.tie() ? " (" + m.get("value.tie") + ")" : "")
                    .append(" | ").append(r.votes()).append(" / ").append(r.voters()).append(" | ")
                    .append(cell(m.get("rule." + r.item().key()))).append(" |\n");
        }
        md.append("\n## ").append(m.get("col.conformance")).append("\n\n| ").append(m.get("col.core_item"));
        for (String s : sources) {
            md.append(" | ").append(cell(s));
        }
        md.append(" |\n| ---");
        sources.forEach(s -> md.append(" | ---:"));
        md.append(" |\n");
        for (StandardRow r : a.standard()) {
            md.append("| ").append(cell(m.get("standard." + r.item().key())));
            for (String s : sources) {
                Double c = r.conformance().get(s);
                md.append(" | ").append(c == null ? "\u2013" : Shares.pct(c) + (r.conforms(s) ? "" : " \u2717"));
            }
            md.append(" |\n");
        }
        md.append("\n").append(m.format("evidence.corporate", Shares.pct(a.meanConformance()))).append("\n");
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
