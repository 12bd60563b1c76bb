package org.residentindex.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report, drawn in Java: no script, no fonts or images fetched. Every chart
 * reads on its own: axes with ticks and units, values on bars, a legend where colours carry meaning, and
 * thresholds drawn and labelled. Every label is escaped; numbers are formatted with {@link Locale#ROOT}, so
 * the same data gives the same markup. Words come from the caller's {@link Messages}.
 */
final class SvgCharts {

    private static final int WIDTH = 760;
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
        return text(x, y, anchor, s, null);
    }

    private static String text(double x, double y, String anchor, String s, String cls) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\""
                + (cls == null ? "" : " class=\"" + cls + "\"") + ">" + escapeHtml4(s) + "</text>";
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\""
                + f(y2) + "\"/>";
    }

    private static String rect(String cls, double x, double y, double w, double h, String tip) {
        return "<rect class=\"" + cls + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(Math.max(0, w))
                + "\" height=\"" + f(Math.max(0, h)) + "\">" + (tip == null ? "" : "<title>" + escapeHtml4(tip)
                + "</title>") + "</rect>";
    }

    /** A "nice" tick step (1, 2 or 5 × 10^k) giving about {@code ticks} ticks up to {@code max}. */
    static double step(double max, int ticks) {
        double raw = Math.max(max, 1e-9) / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
    }

    static String pct(double share) {
        double p = share * 100.0;
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /**
     * Horizontal bars of shares (0–1), one per label, with a percentage axis, the value on each bar and dashed
     * marks at {@code marks} (e.g. the Level 3 and Level 1 limits), labelled {@code markLabels}.
     */
    static String shareBars(String title, List<String> labels, List<Double> shares, String axis, List<Double> marks,
                            List<String> markLabels) {
        double top = shares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (double m : marks) {
            top = Math.max(top, m);
        }
        double step = step(Math.max(0.01, top) * 1.1, 5);
        double max = Math.ceil(Math.max(0.01, top) * 1.1 / step) * step;
        int plotTop = 26;
        int height = plotTop + ROW * labels.size() + 48;
        double span = WIDTH - LABEL - 60;
        double bottom = plotTop + ROW * labels.size();
        StringBuilder svg = new StringBuilder(open(height, title));
        for (double v = 0; v <= max + 1e-9; v += step) {
            double x = LABEL + span * v / max;
            svg.append(line(x, plotTop, x, bottom, "grid")).append(text(x, bottom + 14, "middle", pct(v), "small"));
        }
        for (int i = 0; i < labels.size(); i++) {
            double y = plotTop + i * ROW;
            double w = span * shares.get(i) / max;
            svg.append(text(LABEL - 8, y + 15, "end", labels.get(i)))
                    .append(rect("bar", LABEL, y + 3, w, 16, labels.get(i) + ": " + Summary.pct(shares.get(i))))
                    .append(text(LABEL + w + 6, y + 15, "start", Summary.pct(shares.get(i))));
        }
        for (int k = 0; k < marks.size(); k++) {
            double x = LABEL + span * marks.get(k) / max;
            svg.append(line(x, plotTop - 4, x, bottom, "threshold " + (k == 0 ? "link" : "review")))
                    .append(text(x, plotTop - 8 - (k % 2) * 0, k == 0 ? "end" : "start",
                            markLabels.get(k), "small"));
        }
        svg.append(line(LABEL, bottom, LABEL + span, bottom, "axis"))
                .append(text(LABEL + span / 2, bottom + 32, "middle", axis));
        return svg.append("</svg>").toString();
    }

    /**
     * Stacked 100% bars of UPRN given / matched / unmatched per dataset, each part's percentage on it when it
     * fits, a percentage axis and a legend.
     */
    static String coverageBars(String title, List<String> labels, List<long[]> parts, List<String> legend,
                               String axis) {
        String[] classes = {"given", "matched", "unmatched"};
        int plotTop = 8;
        double bottom = plotTop + ROW * labels.size();
        int height = (int) bottom + 70;
        StringBuilder svg = new StringBuilder(open(height, title));
        double span = WIDTH - LABEL - 30;
        for (int v = 0; v <= 100; v += 20) {
            double x = LABEL + span * v / 100.0;
            svg.append(line(x, plotTop, x, bottom, "grid")).append(text(x, bottom + 14, "middle", v + "%", "small"));
        }
        for (int i = 0; i < labels.size(); i++) {
            double y = plotTop + i * ROW;
            long[] p = parts.get(i);
            long total = Math.max(1, p[0] + p[1] + p[2]);
            double x = LABEL;
            svg.append(text(LABEL - 8, y + 15, "end", labels.get(i)));
            for (int k = 0; k < 3; k++) {
                double share = (double) p[k] / total;
                double w = span * share;
                svg.append(rect(classes[k], x, y + 3, w, 16, labels.get(i) + ", " + legend.get(k) + ": " + p[k]
                        + " (" + Summary.pct(share) + ")"));
                if (w >= 38) {
                    svg.append(text(x + w / 2, y + 15, "middle", Summary.pct(share), k == 0 ? "onbar" : null));
                }
                x += w;
            }
        }
        svg.append(line(LABEL, bottom, LABEL + span, bottom, "axis"))
                .append(text(LABEL + span / 2, bottom + 30, "middle", axis));
        double ly = bottom + 54;
        for (int k = 0; k < 3; k++) {
            double lx = LABEL + k * 190;
            svg.append(rect(classes[k], lx, ly - 10, 12, 12, null)).append(text(lx + 18, ly, "start", legend.get(k)));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Heatmap of residents shared by each pair of services; darker is more, the count in each cell. The
     * diagonal (a service with itself) holds the service's own residents, drawn grey because it is a total, not
     * an overlap; a legend says so.
     */
    static String heatmap(String title, List<String> labels, List<List<Long>> matrix, String diagonalLegend,
                          String fewer, String more) {
        int n = labels.size();
        int cell = Math.min(70, (WIDTH - LABEL) / Math.max(1, n));
        int top = 120;
        int height = top + n * cell + 72;
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
                svg.append("<rect x=\"").append(LABEL + j * cell).append("\" y=\"").append(f(y)).append("\" width=\"")
                        .append(cell - 2).append("\" height=\"").append(cell - 2).append("\" fill=\"")
                        .append(i == j ? "#e5e7eb" : fill(shade)).append("\"/>")
                        .append("<text class=\"").append(shade > 0.55 ? "cell dark" : "cell").append("\" x=\"")
                        .append(f(LABEL + j * cell + (cell - 2) / 2.0)).append("\" y=\"")
                        .append(f(y + cell / 2.0 + 3)).append("\" text-anchor=\"middle\">")
                        .append(i == j ? "(" + v + ")" : Long.toString(v)).append("</text>");
            }
        }
        double ly = top + n * cell + 24;
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(f(ly - 11))
                .append("\" width=\"14\" height=\"14\" fill=\"#e5e7eb\"/>")
                .append(text(LABEL + 20, ly, "start", diagonalLegend));
        ly += 22;
        double gx = LABEL + 90;
        svg.append(text(gx - 6, ly, "end", fewer, "small"));
        for (int k = 0; k <= 5; k++) {
            svg.append("<rect x=\"").append(f(gx + k * 18)).append("\" y=\"").append(f(ly - 11))
                    .append("\" width=\"18\" height=\"14\" fill=\"").append(fill(k / 5.0)).append("\"/>");
        }
        svg.append(text(gx + 6 * 18 + 6, ly, "start", more + " (" + max + ")", "small"));
        return svg.append("</svg>").toString();
    }

    private static String fill(double shade) {
        return "rgb(" + Math.round(246 - 200 * shade) + "," + Math.round(248 - 150 * shade) + ","
                + Math.round(252 - 70 * shade) + ")";
    }

    /** Words of the match-score histogram. */
    record HistogramWords(String empty, String xAxis, String topAxis, String yAxis, String linkLabel,
                          String reviewLabel, String linksLegend, String reviewLegend) {
    }

    /**
     * Histogram of match weights, links and review-band pairs stacked, with a weight axis (ticks), a match
     * probability axis along the top, a pair-count axis (ticks), a legend, and the link and review thresholds
     * drawn and labelled as probabilities.
     */
    static String histogram(String title, WeightHistogram h, HistogramWords words) {
        int height = 340;
        int left = 64;
        int right = WIDTH - 20;
        int top = 46;
        int bottom = 236;
        StringBuilder svg = new StringBuilder(open(height, title));
        if (h.bins().isEmpty()) {
            return svg.append(text(WIDTH / 2.0, 100, "middle", words.empty())).append("</svg>").toString();
        }
        long most = h.bins().stream().mapToLong(b -> b.count() + b.review()).max().orElse(1);
        double yStep = step(most, 4);
        double yMax = Math.ceil(most / yStep) * yStep;
        double lo = h.bins().get(0).from();
        double hi = h.bins().get(h.bins().size() - 1).to();
        double scale = (right - left) / (hi - lo);
        double plotH = bottom - top;
        for (double v = 0; v <= yMax + 1e-9; v += yStep) {
            double y = bottom - plotH * v / yMax;
            svg.append(line(left, y, right, y, "grid")).append(text(left - 6, y + 4, "end",
                    String.format(Locale.ROOT, "%,d", (long) v), "small"));
        }
        for (WeightHistogram.Bin b : h.bins()) {
            double x = left + (b.from() - lo) * scale;
            double w = Math.max(1, (b.to() - b.from()) * scale - 1);
            double bh = plotH * b.count() / yMax;
            double rh = plotH * b.review() / yMax;
            String range = f(b.from()) + " – " + f(b.to());
            if (b.count() > 0) {
                svg.append(rect("bar", x, bottom - bh, w, bh, range + ": " + b.count() + " " + words.linksLegend()));
            }
            if (b.review() > 0) {
                svg.append(rect("reviewbar", x, bottom - bh - rh, w, rh, range + ": " + b.review() + " "
                        + words.reviewLegend()));
            }
        }
        svg.append(line(left, bottom, right, bottom, "axis")).append(line(left, top, left, bottom, "axis"))
                .append(line(left, top, right, top, "axis"));
        double xStep = step(hi - lo, 10);
        for (double v = Math.ceil(lo / xStep) * xStep; v <= hi + 1e-9; v += xStep) {
            double x = left + (v - lo) * scale;
            svg.append(line(x, bottom, x, bottom + 4, "axis")).append(text(x, bottom + 16, "middle",
                    String.format(Locale.ROOT, "%.0f", Math.abs(v) < 1e-9 ? 0.0 : v), "small"));
        }
        for (double p : new double[] {0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 0.99999}) {
            double w = Math.log(p / (1 - p)) / Math.log(2);
            if (w >= lo && w <= hi) {
                double x = left + (w - lo) * scale;
                svg.append(line(x, top - 4, x, top, "axis")).append(text(x, top - 7, "middle",
                        String.format(Locale.ROOT, "%s", trim(p)), "small"));
            }
        }
        svg.append(text((left + right) / 2.0, bottom + 34, "middle", words.xAxis()))
                .append(text((left + right) / 2.0, 14, "middle", words.topAxis()))
                .append("<text x=\"14\" y=\"").append(f((top + bottom) / 2.0)).append("\" text-anchor=\"middle\"")
                .append(" transform=\"rotate(-90 14 ").append(f((top + bottom) / 2.0)).append(")\">")
                .append(escapeHtml4(words.yAxis())).append("</text>");
        threshold(svg, "review", h.review(), "R", lo, hi, left, scale, top, bottom, 1);
        threshold(svg, "link", h.link(), "L", lo, hi, left, scale, top, bottom, 0);
        double ly = height - 48;
        svg.append(rect("bar", left, ly - 10, 12, 12, null)).append(text(left + 18, ly, "start", words.linksLegend()))
                .append(rect("reviewbar", left + 260, ly - 10, 12, 12, null))
                .append(text(left + 278, ly, "start", words.reviewLegend()));
        ly += 20;
        if (h.link() != null) {
            svg.append(line(left, ly - 4, left + 22, ly - 4, "threshold link")).append(text(left + 28, ly, "start",
                    "L  " + thresholdText(words.linkLabel(), h.link())));
        }
        if (h.review() != null) {
            ly += 18;
            svg.append(line(left, ly - 4, left + 22, ly - 4, "threshold review"))
                    .append(text(left + 28, ly, "start", "R  " + thresholdText(words.reviewLabel(), h.review())));
        }
        return svg.append("</svg>").toString();
    }

    private static String trim(double p) {
        String s = String.format(Locale.ROOT, "%.5f", p);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static void threshold(StringBuilder svg, String name, Double at, String label, double lo, double hi,
                                  int left, double scale, int top, int bottom, int row) {
        if (at == null || at < lo || at > hi) {
            return;
        }
        double x = left + (at - lo) * scale;
        svg.append(line(x, top, x, bottom, "threshold " + name))
                .append(text(x + (row == 0 ? 4 : -4), top + 14, row == 0 ? "start" : "end", label));
    }

    private static String thresholdText(String label, double weight) {
        return label.replace("{p}", trim(Math.round(ModelSection.probability(weight) * 100) / 100.0))
                .replace("{w}", String.format(Locale.ROOT, "%.1f", Math.abs(weight) < 0.05 ? 0.0 : weight));
    }
}
