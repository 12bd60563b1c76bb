package org.residentindex.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/**
 * The house style of rix's HTML pages, in one place so every page (the report, and other reports built on the
 * engine) looks the same: the stylesheet, the page frame and escaping. Pages are self-contained: inline CSS
 * and SVG, no script, nothing fetched. Stateless.
 */
public final class ReportStyle {

    /** The stylesheet (inline in every page). */
    public static final String CSS = """
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
            font-weight:700;color:#fff}.l1{background:#c0392b}.l2{background:#d68910}.l3{background:#1e8449}\
            .l0{background:#9aa5b1}
            .desc{font-style:italic}.other{color:#52606d;font-size:12px}
            .translation{color:#7b5e00;font-size:12px;font-style:normal}
            .card{border:1px solid #d9e2ec;border-radius:8px;padding:4px 16px 12px;margin:14px 0}
            .cause{color:#8a1c1c}.next{background:#eef7ee;border-left:4px solid #1e8449;padding:6px 10px}
            .met{color:#1e8449;font-weight:700}.unmet{color:#c0392b;font-weight:700}
            .charts{display:grid;grid-template-columns:1fr;gap:18px}
            figure{margin:0;border:1px solid #d9e2ec;border-radius:6px;padding:10px}
            figcaption{font-weight:600;margin-bottom:6px}figure p{margin:4px 0;font-size:13px;color:#52606d}
            svg text{font-size:12px;fill:#1f2933}svg .cell{font-size:11px}svg .cell.dark{fill:#fff}
            svg .small{font-size:10px;fill:#52606d}svg .onbar{font-size:11px;fill:#fff}
            svg .bar{fill:#2e75b6}svg .reviewbar{fill:#f0b95a}svg .given{fill:#1e8449}svg .matched{fill:#82c99a}\
            svg .unmatched{fill:#e5a4a4}svg .grid{stroke:#e4e7eb}
            svg .axis{stroke:#52606d}svg .threshold{stroke-width:2;stroke-dasharray:5 4}
            svg .threshold.link{stroke:#1e8449}svg .threshold.review{stroke:#b7700a}
            .headline{font-size:16px;font-weight:600}.score{color:#0b5394}
            ul.evidence{margin:0;padding-left:16px}
            dl.glossary dt{font-weight:700;margin-top:8px}dl.glossary dd{margin-left:18px}
            .up{color:#1e8449}.down{color:#c0392b}
            """;

    private ReportStyle() {
    }

    /** Escapes text for HTML; null is empty. */
    public static String esc(String s) {
        return s == null ? "" : escapeHtml4(s);
    }

    /** The opening of a page: doctype, {@code lang}, title, the stylesheet, and {@code <main>}. */
    public static String open(String htmlLang, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + esc(htmlLang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body><main>\n";
    }

    /** The close of a page opened by {@link #open}. */
    public static String close() {
        return "</main></body></html>\n";
    }
}
