package com.spakiosk.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    @Test
    void every_bar_writes_its_value_and_the_longest_bar_belongs_to_the_largest_value() {
        String svg = SvgCharts.bars("Revenue", List.of(new SvgCharts.Bar("Lymphatic", 110, "€110.00"),
                new SvgCharts.Bar("Relaxing", 40, "€40.00")));
        assertThat(svg).contains("€110.00", "€40.00", "role=\"img\"", "<title>Revenue</title>");
        assertThat(svg).contains("width=\"222\"").contains("width=\"81\""); // 110 -> full length, 40 -> 40/110 of it
    }

    @Test
    void names_from_the_database_are_escaped_so_they_cannot_inject_markup() {
        String svg = SvgCharts.bars("A <b>", List.of(new SvgCharts.Bar("<b>x</b> & \"co\"", 1, "1")));
        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;", "&amp;", "&quot;co&quot;")
                .contains("aria-label=\"A &lt;b&gt;\"");
    }

    @Test
    void the_heatmap_writes_each_count_in_its_cell_and_shades_the_busiest_darkest() {
        String svg = SvgCharts.heatmap("Demand", List.of("Mon", "Tue"), 9, new long[][] {{0, 5}, {1, 0}});
        assertThat(svg).contains(">5</text>", ">1</text>", ">09</text>", ">10</text>", "report-heat--5",
                "report-heat--1", "report-heat--0");
    }

    @Test
    void a_chart_of_zeros_draws_no_bars_and_does_not_divide_by_zero() {
        assertThat(SvgCharts.bars("Empty", List.of(new SvgCharts.Bar("A", 0, "0")))).contains("width=\"0\"");
    }
}
