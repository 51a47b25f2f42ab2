package com.spakiosk.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.spakiosk.KaribuTest;
import com.spakiosk.reports.ReportFixture;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The reports page: the period, the headline figures, every report with chart, table and CSV. */
@WithMockUser(roles = "MANAGER")
class ReportsViewTest extends KaribuTest {

    @Autowired ReportFixture fixture;

    ReportsView open() {
        UI.getCurrent().navigate("manage/reports");
        return _get(ReportsView.class);
    }

    void choose(LocalDate from, LocalDate to) {
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), from);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), to);
        _click(_get(Button.class, spec -> spec.withClasses("reports-show")));
    }

    static String kpi(String name) {
        return _find(Div.class, spec -> spec.withClasses("report-kpi")).stream()
                .filter(d -> name.equals(d.getElement().getAttribute("data-kpi"))).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }

    static ReportBlock block(ReportsView view, String id) {
        return view.blocks().filter(b -> b.table().id().equals(id)).findFirst().orElseThrow();
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void the_page_opens_on_the_last_30_days_with_every_report_and_a_csv_link_each() {
        open();
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("To")).getValue()).isNotNull();
        var from = _get(DatePicker.class, spec -> spec.withLabel("From")).getValue();
        var to = _get(DatePicker.class, spec -> spec.withLabel("To")).getValue();
        assertThat(from.plusDays(29)).isEqualTo(to);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("report-csv"))).hasSize(17);
        assertThat(_find(Div.class, spec -> spec.withClasses("report-kpi"))).hasSize(9);
    }

    @Test
    void choosing_the_fixture_monday_shows_its_figures_against_the_empty_sunday_before() throws Exception {
        LocalDate monday = ReportFixture.monday();
        fixture.load(monday);
        ReportsView view = open();
        choose(monday, monday);
        assertThat(kpi("REVENUE")).contains("€150.00").contains("before: €0.00");
        assertThat(kpi("NO_SHOW_RATE")).contains("16.7%");
        assertThat(kpi("REBOOKING_RATE")).contains("50%").contains("+50 points");

        var revenue = parse(block(view, "revenue-treatments").csv());
        assertThat(revenue).extracting(r -> r.get("Treatment"), r -> r.get("Sessions"), r -> r.get("Revenue"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lymphatic drainage", "2", "110.00"),
                        org.assertj.core.groups.Tuple.tuple("Relaxing foot ritual", "1", "40.00"));
        var anna = parse(block(view, "utilisation-therapists").csv()).stream()
                .filter(r -> r.get("Therapist").equals("Anna Keller")).findFirst().orElseThrow();
        assertThat(List.of(anna.get("Booked (min)"), anna.get("Available (min)"), anna.get("Blocked (min)"),
                anna.get("Utilisation (%)"))).containsExactly("105", "390", "60", "26.9");
        var refusals = parse(block(view, "screening-refusals").csv());
        assertThat(refusals.getFirst().get("Refusals")).isEqualTo("3");
        assertThat(refusals.getFirst().get("Channel")).isEqualTo("Kiosk");
    }

    @Test
    void the_table_beside_each_chart_shows_the_same_figures_formatted_for_reading() {
        LocalDate monday = ReportFixture.monday();
        fixture.load(monday);
        ReportsView view = open();
        choose(monday, monday);
        String table = block(view, "utilisation-therapists").getElement().getTextRecursively();
        assertThat(table).contains("Anna Keller", "1.8 h", "6.5 h", "1 h", "26.9%");
        String heatmap = block(view, "demand-heatmap").getElement().getTextRecursively();
        assertThat(heatmap).contains("Mon", "09:00", "15:00");
    }

    @Test
    void the_screening_chart_sums_what_each_rule_turned_away_over_kiosk_and_desk() {
        LocalDate monday = ReportFixture.monday();
        fixture.load(monday);
        ReportsView view = open();
        choose(monday, monday);
        var chart = _get(block(view, "screening-refusals"), Svg.class);
        String svg = chart.getElement().getProperty("innerHTML");
        assertThat(svg).contains(">Lymphatic drainage</text>", ">4</text>", ">Hot stones (add-on)</text>", ">2</text>");
    }

    @Test
    void a_last_day_before_the_first_is_refused_at_the_field_and_the_page_keeps_its_reports() {
        ReportsView view = open();
        long blocks = view.blocks().count();
        choose(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1));
        var to = _get(DatePicker.class, spec -> spec.withLabel("To"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day cannot be before the first");
        assertThat(view.blocks().count()).isEqualTo(blocks);
    }

    @Test
    void a_period_longer_than_366_days_is_refused_at_the_first_day() {
        open();
        choose(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)); // 367 days
        var from = _get(DatePicker.class, spec -> spec.withLabel("From"));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("A report covers at most 366 days");
    }

    @Test
    void the_manager_start_page_links_to_the_reports() {
        UI.getCurrent().navigate("manage");
        var link = _get(RouterLink.class, spec -> spec.withClasses("manage-link"));
        assertThat(link.getHref()).isEqualTo("manage/reports");
        UI.getCurrent().navigate(link.getHref());
        assertThat(_find(ReportsView.class)).hasSize(1);
    }

    @Test
    void german_words_name_the_channel_and_the_numbers_use_a_decimal_comma() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        LocalDate monday = ReportFixture.monday();
        fixture.load(monday);
        open();
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Von")), monday);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Bis")), monday);
        _click(_get(Button.class, spec -> spec.withClasses("reports-show")));
        assertThat(kpi("NO_SHOW_RATE")).contains("16,7").contains("Nichterscheinen");
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_front_desk_cannot_open_the_reports() {
        assertThatThrownBy(() -> UI.getCurrent().navigate("manage/reports"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
