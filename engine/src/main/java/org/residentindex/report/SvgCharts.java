package org.residentindex.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report, drawn in Java: no script, no fonts or images fetched. Every label is
 * escaped; numbers are formatted with {@link Locale#ROOT}, so the same data gives the same markup.
 */
final class SvgCharts {

    private static final int WIDTH = 720;
    private static final int LABEL = 170;
    private static final int ROW = 24;

    private SvgCharts() {
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String open(int height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\"" + escapeHtml4(title)
                + "\"><title>" + escapeHtml4(title) + "</title>";
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">" + escapeHtml4(s)
                + "</text>";
    }

    /** Horizontal bars of shares (0–1), one per label, scaled to the largest value (at least 5%). */
    static String shareBars(String title, List<String> labels, List<Double> shares) {
        double max = Math.max(0.05, shares.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        int height = ROW * labels.size() + 16;
        StringBuilder svg = new StringBuilder(open(height, title));
        double span = WIDTH - LABEL - 70;
        for (int i = 0; i < labels.size(); i++) {
            double y = 8 + i * ROW;
            double w = span * shares.get(i) / max;
            svg.append(text(LABEL - 8, y + 15, "end", labels.get(i)))
                    .append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(f(y + 3))
                    .append("\" width=\"").append(f(w)).append("\" height=\"16\"/>")
                    .append(text(LABEL + w + 6, y + 15, "start", Summary.pct(shares.get(i))));
        }
        return svg.append("</svg>").toString();
    }

    /** Stacked 100% bars of UPRN given / matched / unmatched per dataset, with a legend. */
    static String coverageBars(String title, List<String> labels, List<long[]> parts) {
        String[] classes = {"given", "matched", "unmatched"};
        int height = ROW * labels.size() + 40;
        StringBuilder svg = new StringBuilder(open(height, title));
        double span = WIDTH - LABEL - 20;
        for (int i = 0; i < labels.size(); i++) {
            double y = 8 + i * ROW;
            long[] p = parts.get(i);
            long total = Math.max(1, p[0] + p[1] + p[2]);
            double x = LABEL;
            svg.append(text(LABEL - 8, y + 15, "end", labels.get(i)));
            for (int k = 0; k < 3; k++) {
                double w = span * p[k] / total;
                svg.append("<rect class=\"").append(classes[k]).append("\" x=\"").append(f(x)).append("\" y=\"")
                        .append(f(y + 3)).append("\" width=\"").append(f(w)).append("\" height=\"16\"/>");
                x += w;
            }
        }
        double ly = 8 + labels.size() * ROW + 14;
        for (int k = 0; k < 3; k++) {
            double lx = LABEL + k * 150;
            svg.append("<rect class=\"").append(classes[k]).append("\" x=\"").append(f(lx)).append("\" y=\"")
                    .append(f(ly - 10)).append("\" width=\"12\" height=\"12\"/>")
                    .append(text(lx + 18, ly, "start", "UPRN " + classes[k]));
        }
        return svg.append("</svg>").toString();
    }

    /** Heatmap of residents shared by each pair of services; darker is more, the count in each cell. */
    static String heatmap(String title, List<String> labels, List<List<Long>> matrix) {
        int n = labels.size();
        int cell = Math.min(70, (WIDTH - LABEL) / Math.max(1, n));
        int top = 120;
        int height = top + n * cell + 10;
        long max = 1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    max = Math.max(max, matrix.get(i).get(j));
                }
            }
        }
        StringBuilder svg = new StringBuilder(open(height, title));
        for (int j = 0; j < n; j++) {
            double x = LABEL + j * cell + cell / 2.0;
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(top - 6)
                    .append("\" transform=\"rotate(-40 ").append(f(x)).append(' ').append(top - 6)
                    .append(")\">").append(escapeHtml4(labels.get(j))).append("</text>");
        }
        for (int i = 0; i < n; i++) {
            double y = top + i * cell;
            svg.append(text(LABEL - 8, y + cell / 2.0 + 4, "end", labels.get(i)));
            for (int j = 0; j < n; j++) {
                long v = matrix.get(i).get(j);
                double shade = i == j ? 0.0 : Math.min(1.0, (double) v / max);
                String fill = i == j ? "#e5e7eb" : "rgb(" + Math.round(246 - 200 * shade) + ","
                        + Math.round(248 - 150 * shade) + "," + Math.round(252 - 70 * shade) + ")";
                svg.append("<rect x=\"").append(LABEL + j * cell).append("\" y=\"").append(f(y)).append("\" width=\"")
                        .append(cell - 2).append("\" height=\"").append(cell - 2).append("\" fill=\"").append(fill)
                        .append("\"/>")
                        .append("<text class=\"").append(shade > 0.55 ? "cell dark" : "cell").append("\" x=\"")
                        .append(f(LABEL + j * cell + (cell - 2) / 2.0)).append("\" y=\"")
                        .append(f(y + cell / 2.0 + 3)).append("\" text-anchor=\"middle\">").append(v)
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Histogram of match weights with dashed lines at the review and link thresholds. */
    static String histogram(String title, WeightHistogram h) {
        int height = 240;
        int left = 50;
        int bottom = 200;
        StringBuilder svg = new StringBuilder(open(height, title));
        if (h.bins().isEmpty()) {
            return svg.append(text(WIDTH / 2.0, 100, "middle", "No links in this run")).append("</svg>").toString();
        }
        long max = h.bins().stream().mapToLong(WeightHistogram.Bin::count).max().orElse(1);
        double lo = h.bins().get(0).from();
        double hi = h.bins().get(h.bins().size() - 1).to();
        double plot = WIDTH - left - 20;
        double scale = plot / (hi - lo);
        for (WeightHistogram.Bin b : h.bins()) {
            double bh = 180.0 * b.count() / Math.max(1, max);
            svg.append("<rect class=\"bar\" x=\"").append(f(left + (b.from() - lo) * scale)).append("\" y=\"")
                    .append(f(bottom - bh)).append("\" width=\"")
                    .append(f(Math.max(1, (b.to() - b.from()) * scale - 1)))
                    .append("\" height=\"").append(f(bh)).append("\"><title>").append(f(b.from())).append(" to ")
                    .append(f(b.to())).append(": ").append(b.count()).append("</title></rect>");
        }
        svg.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - 20).append("\" y2=\"").append(bottom).append("\"/>");
        svg.append(text(left, bottom + 16, "middle", f(lo))).append(text(WIDTH - 20, bottom + 16, "middle", f(hi)))
                .append(text(left - 6, bottom - 172, "end", Long.toString(max)))
                .append(text(WIDTH / 2.0, bottom + 34, "middle", "match weight (log2 Bayes factor)"));
        threshold(svg, "review", h.review(), lo, hi, left, scale, bottom);
        threshold(svg, "link", h.link(), lo, hi, left, scale, bottom);
        return svg.append("</svg>").toString();
    }

    private static void threshold(StringBuilder svg, String name, Double at, double lo, double hi, int left,
                                  double scale, int bottom) {
        if (at == null || at < lo || at > hi) {
            return;
        }
        double x = left + (at - lo) * scale;
        svg.append("<line class=\"threshold ").append(name).append("\" x1=\"").append(f(x)).append("\" y1=\"12\" x2=\"")
                .append(f(x)).append("\" y2=\"").append(bottom).append("\"/>")
                .append(text(x + 4, 22, "start", name + " " + f(at)));
    }
}
