package com.spakiosk.reports.ui;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG markup (no client chart library, no custom bundle): a
 * horizontal bar chart with each value written beside its bar, and a weekday-by-hour heatmap with
 * each count written in its cell. Colours come from kiosk.css classes. The table beside each chart
 * carries the same figures for screen readers, so the picture is marked as an image with a title.
 */
final class SvgCharts {

    static final int WIDTH = 520;
    private static final int ROW = 26;
    private static final int LABEL = 200;
    private static final int VALUE = 90;
    private static final int CELL_W = 34;
    private static final int CELL_H = 24;
    private static final int DAY_LABEL = 44;

    /** A bar of the chart: its label, its value (for the length) and the value as written. */
    record Bar(String label, double value, String text) {
    }

    private SvgCharts() {
    }

    static String bars(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 4;
        var svg = open(title, WIDTH, height);
        int y = 2;
        for (Bar bar : bars) {
            int length = max <= 0 ? 0 : (int) Math.round(bar.value() / max * (WIDTH - LABEL - VALUE - 8));
            svg.append(text(LABEL - 6, y + 17, "end", "report-chart__label", shorten(bar.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"report-chart__bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\"></rect>",
                    LABEL, y + 4, Math.max(length, bar.value() > 0 ? 2 : 0), ROW - 8));
            svg.append(text(LABEL + length + 6, y + 17, "start", "report-chart__value", bar.text()));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A heatmap: one row per weekday label, one column per hour from {@code firstHour}; the cell's
     * shade grows with its count (relative to the largest), and the count is written in it.
     */
    static String heatmap(String title, List<String> dayLabels, int firstHour, long[][] counts) {
        int hours = counts.length == 0 ? 0 : counts[0].length;
        long max = 0;
        for (long[] row : counts) {
            for (long n : row) {
                max = Math.max(max, n);
            }
        }
        int width = DAY_LABEL + hours * CELL_W + 2;
        int height = (dayLabels.size() + 1) * CELL_H + 2;
        var svg = open(title, width, height);
        for (int h = 0; h < hours; h++) {
            svg.append(text(DAY_LABEL + h * CELL_W + CELL_W / 2, 16, "middle", "report-chart__label",
                    String.format(Locale.ROOT, "%02d", firstHour + h)));
        }
        for (int d = 0; d < dayLabels.size(); d++) {
            int y = (d + 1) * CELL_H;
            svg.append(text(DAY_LABEL - 6, y + 16, "end", "report-chart__label", dayLabels.get(d)));
            for (int h = 0; h < hours; h++) {
                long n = counts[d][h];
                int level = max == 0 || n == 0 ? 0 : (int) Math.ceil(n * 5.0 / max);
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"report-heat report-heat--%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"></rect>",
                        level, DAY_LABEL + h * CELL_W, y, CELL_W - 2, CELL_H - 2));
                if (n > 0) {
                    svg.append(text(DAY_LABEL + h * CELL_W + CELL_W / 2 - 1, y + 16, "middle",
                            level >= 4 ? "report-heat__count report-heat__count--light" : "report-heat__count",
                            String.valueOf(n)));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart__svg\" role=\"img\""
                        + " aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>%s</title>",
                escape(title), width, height, width, height, escape(title)));
    }

    private static String text(int x, int y, String anchor, String cssClass, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                cssClass, x, y, anchor, escape(content));
    }

    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }

    /** Names come from the database (a manager may type anything): escaped for XML. */
    static String escape(String s) {
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
