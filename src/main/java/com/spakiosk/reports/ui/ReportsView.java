package com.spakiosk.reports.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.MenuService;
import com.spakiosk.reports.Kpi;
import com.spakiosk.reports.ReportPeriod;
import com.spakiosk.reports.ReportService;
import com.spakiosk.reports.Reports;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manager's reports for a chosen period (the last 30 days at first), each headline figure
 * against the period before, then every report as a chart, a table and a CSV download.
 */
@Route(value = "manage/reports", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class ReportsView extends Main implements HasDynamicTitle {

    private final ReportService reports;
    private final MenuService menu;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph comparison = new Paragraph();
    private final Div content = new Div();
    private final List<ReportBlock> blocks = new ArrayList<>();

    public ReportsView(ReportService reports, MenuService menu) {
        this.reports = reports;
        this.menu = menu;
        addClassNames("staff-page", "reports");
        add(new H1(getTranslation("reports.title")));

        from.setLabel(getTranslation("reports.from"));
        to.setLabel(getTranslation("reports.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        ReportPeriod period = reports.defaultPeriod();
        from.setValue(period.from());
        to.setValue(period.to());
        var show = new Button(getTranslation("reports.show"), e -> showChosenPeriod());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClassName("reports-show");
        var form = new Div(from, to, show);
        form.addClassName("reports-period");
        comparison.addClassName("reports-comparison");
        content.addClassName("reports-content");
        add(form, comparison, content);
        show(period);
    }

    /** Shows the period the pickers name; a period the reports cannot take is explained at the field. */
    private void showChosenPeriod() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            DatePicker missing = from.getValue() == null ? from : to;
            missing.setErrorMessage(getTranslation("reports.error.missing"));
            missing.setInvalid(true);
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("reports.error.order"));
            to.setInvalid(true);
            return;
        }
        if (from.getValue().plusDays(ReportPeriod.MAX_DAYS).isBefore(to.getValue().plusDays(1))) {
            from.setErrorMessage(getTranslation("reports.error.tooLong", ReportPeriod.MAX_DAYS));
            from.setInvalid(true);
            return;
        }
        show(new ReportPeriod(from.getValue(), to.getValue()));
    }

    private void show(ReportPeriod period) {
        Reports data = reports.reports(period);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        comparison.setText(getTranslation("reports.comparedWith", dates.format(data.previous().from()),
                dates.format(data.previous().to())));
        var formats = new ReportFormats(getLocale(), data.currency(), getTranslation("reports.hours"));
        String suffix = period.from() + "-" + period.to();
        content.removeAll();
        blocks.clear();
        content.add(kpis(data, formats));
        var tables = new ReportTables(this::getTranslation, menu.content(getLocale()));
        for (ReportTables.Section section : tables.sections(data)) {
            var html = new Section(new H2(section.title()), new Paragraph(section.intro()));
            html.setId("reports-" + section.id());
            html.addClassName("reports-section");
            for (ReportTable table : section.tables()) {
                var block = new ReportBlock(table, chart(table, data, formats), formats, suffix);
                blocks.add(block);
                html.add(block);
            }
            content.add(html);
        }
    }

    private String chart(ReportTable table, Reports data, ReportFormats formats) {
        if (table.id().equals("demand-heatmap")) {
            long[][] counts = table.rows().stream().map(r -> r.stream().skip(1).mapToLong(v -> (Long) v).toArray())
                    .toArray(long[][]::new);
            List<String> days = table.rows().stream().map(r -> (String) r.getFirst()).toList();
            return SvgCharts.heatmap(table.title(), days, data.demand().firstHour(), counts);
        }
        if (table.id().equals("screening-refusals")) {
            // By rule and channel the questions repeat; the chart sums what each rule turned away.
            Map<String, Long> byTarget = new LinkedHashMap<>();
            table.rows().forEach(r -> byTarget.merge((String) r.get(1), (Long) r.get(3), Long::sum));
            return SvgCharts.bars(table.title(), byTarget.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> new SvgCharts.Bar(e.getKey(), e.getValue(), formats.count(e.getValue()))).toList());
        }
        ReportTable.Kind kind = table.columns().get(table.barColumn()).kind();
        return SvgCharts.bars(table.title(), table.rows().stream().map(r -> new SvgCharts.Bar((String) r.getFirst(),
                table.barValue(r), formats.cell(kind, r.get(table.barColumn())))).toList());
    }

    private Div kpis(Reports data, ReportFormats formats) {
        var cards = new Div();
        cards.addClassName("report-kpis");
        cards.setId("reports-summary");
        for (Kpi kpi : data.kpis()) {
            var label = new Span(getTranslation("reports.kpi." + kpi.name()));
            label.addClassName("report-kpi__label");
            var value = new Span(value(kpi, kpi.current(), formats));
            value.addClassName("report-kpi__value");
            var change = new Span(change(kpi, formats));
            change.addClassName("report-kpi__change");
            if (kpi.improved() != null) {
                change.addClassName(kpi.improved() ? "report-kpi__change--better" : "report-kpi__change--worse");
            }
            var card = new Div(label, value, change);
            card.addClassName("report-kpi");
            card.getElement().setAttribute("data-kpi", kpi.name().name());
            cards.add(card);
        }
        return cards;
    }

    private String value(Kpi kpi, double v, ReportFormats formats) {
        return switch (kpi.unit()) {
            case COUNT -> formats.count(Math.round(v));
            case MONEY -> formats.money(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP));
            case PERCENT -> formats.percent(v);
        };
    }

    /** "before: 41 (+12.2 %)" or, for a rate, "before: 8 % (−1.5 points)". */
    private String change(Kpi kpi, ReportFormats formats) {
        String before = value(kpi, kpi.previous(), formats);
        String sign = kpi.change() > 0 ? "+" : kpi.change() < 0 ? "−" : "±";
        String delta = kpi.unit() == Kpi.Unit.PERCENT
                ? getTranslation("reports.points", sign + formats.decimal(Math.abs(kpi.change())))
                : kpi.relativeChange() == null ? null
                : sign + formats.percent(Math.abs(kpi.relativeChange()));
        return delta == null ? getTranslation("reports.before", before)
                : getTranslation("reports.beforeWithChange", before, delta);
    }

    /** The report blocks on screen, for tests: each with its table and its CSV. */
    Stream<ReportBlock> blocks() {
        return blocks.stream();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
