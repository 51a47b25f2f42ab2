package com.spakiosk.reports.ui;

import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTextKeys;
import com.spakiosk.reports.AttachRate;
import com.spakiosk.reports.Demand;
import com.spakiosk.reports.Outcomes;
import com.spakiosk.reports.Ratio;
import com.spakiosk.reports.Refusal;
import com.spakiosk.reports.Reports;
import com.spakiosk.reports.Revenue;
import com.spakiosk.reports.Utilisation;
import com.spakiosk.reports.ui.ReportTable.Column;
import com.spakiosk.reports.ui.ReportTable.Kind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the reports into tables in the manager's language: the menu's words from {@link MenuContent},
 * channels, categories and payment methods from the UI texts. One method per report.
 */
final class ReportTables {

    /** A heading of the page with its reports. */
    record Section(String id, String title, String intro, List<ReportTable> tables) {
    }

    /** The UI texts: a component's {@code getTranslation}. */
    interface Translator {
        String get(String key, Object... params);
    }

    private final Translator t;
    private final MenuContent menu;

    ReportTables(Translator translate, MenuContent menu) {
        this.t = translate;
        this.menu = menu;
    }

    List<Section> sections(Reports r) {
        return List.of(
                section("utilisation", utilisation("utilisation-therapists", "reports.utilisation.therapists",
                        r.therapists(), true), utilisation("utilisation-rooms", "reports.utilisation.rooms", r.rooms(),
                        false)),
                section("revenue",
                        revenue("revenue-treatments", "reports.revenue.treatments", "reports.col.treatment",
                                r.revenueByTreatment(), this::treatment),
                        revenue("revenue-categories", "reports.revenue.categories", "reports.col.category",
                                r.revenueByCategory(), x -> t.get("category." + x.code())),
                        revenue("revenue-therapists", "reports.revenue.therapists", "reports.col.therapist",
                                r.revenueByTherapist(), Revenue::name),
                        revenue("revenue-channels", "reports.revenue.channels", "reports.col.channel",
                                r.revenueByChannel(), x -> channel(x.code())),
                        takings(r.takingsByMethod())),
                section("outcomes",
                        outcomes("outcomes-treatments", "reports.outcomes.treatments", "reports.col.treatment",
                                r.outcomesByTreatment(), o -> treatment(o.code(), o.name())),
                        outcomes("outcomes-therapists", "reports.outcomes.therapists", "reports.col.therapist",
                                r.outcomesByTherapist(), Outcomes::name),
                        outcomes("outcomes-channels", "reports.outcomes.channels", "reports.col.channel",
                                r.outcomesByChannel(), o -> channel(o.code()))),
                section("addons",
                        attach("addons-by-addon", "reports.addons.byAddOn", "reports.col.addOn", r.attachByAddOn(),
                                a -> menu.text(MenuTextKeys.addOn(a.code(), "name"), a.name())),
                        attach("addons-by-treatment", "reports.addons.byTreatment", "reports.col.treatment",
                                r.attachByTreatment(), a -> treatment(a.code(), a.name()))),
                section("demand", heatmap(r.demand()), leadTimes(r.demand())),
                section("rebooking", rebooking(r)),
                section("screening", refusals(r.refusals()), missingConsent(r)));
    }

    private Section section(String id, ReportTable... tables) {
        return new Section(id, t.get("reports." + id + ".title"), t.get("reports." + id + ".intro"),
                List.of(tables));
    }

    private ReportTable utilisation(String id, String title, List<Utilisation> rows, boolean withBlocked) {
        List<Column> columns = new ArrayList<>(List.of(
                col(withBlocked ? "reports.col.therapist" : "reports.col.room", Kind.TEXT),
                col("reports.col.booked", Kind.MINUTES), col("reports.col.available", Kind.MINUTES)));
        if (withBlocked) {
            columns.add(col("reports.col.blocked", Kind.MINUTES));
        }
        columns.add(col("reports.col.utilisation", Kind.PERCENT));
        List<List<Object>> data = rows.stream().map(u -> withBlocked
                ? List.<Object>of(u.name(), u.bookedMinutes(), u.availableMinutes(), u.blockedMinutes(), u.rate())
                : List.<Object>of(u.name(), u.bookedMinutes(), u.availableMinutes(), u.rate())).toList();
        return new ReportTable(id, t.get(title), columns, data, columns.size() - 1);
    }

    private ReportTable revenue(String id, String title, String first, List<Revenue> rows,
                                Function<Revenue, String> name) {
        return new ReportTable(id, t.get(title), List.of(col(first, Kind.TEXT), col("reports.col.sessions", Kind.COUNT),
                col("reports.col.revenue", Kind.MONEY), col("reports.col.averageTicket", Kind.MONEY)),
                rows.stream().map(x -> List.<Object>of(name.apply(x), x.sessions(), x.amount(), x.averageTicket()))
                        .toList(), 2);
    }

    private ReportTable takings(List<Revenue> rows) {
        return new ReportTable("takings-methods", t.get("reports.revenue.methods"),
                List.of(col("reports.col.method", Kind.TEXT), col("reports.col.payments", Kind.COUNT),
                        col("reports.col.takings", Kind.MONEY)),
                rows.stream().map(x -> List.<Object>of(t.get("desk.payment." + x.code()), x.sessions(), x.amount()))
                        .toList(), 2);
    }

    private ReportTable outcomes(String id, String title, String first, List<Outcomes> rows,
                                 Function<Outcomes, String> name) {
        return new ReportTable(id, t.get(title), List.of(col(first, Kind.TEXT),
                col("reports.col.bookings", Kind.COUNT), col("reports.col.noShows", Kind.COUNT),
                col("reports.col.noShowRate", Kind.PERCENT), col("reports.col.cancellations", Kind.COUNT),
                col("reports.col.cancellationRate", Kind.PERCENT), col("reports.col.lateCancellations", Kind.COUNT),
                col("reports.col.lateCancellationRate", Kind.PERCENT)),
                rows.stream().map(o -> List.<Object>of(name.apply(o), o.bookings(), o.noShows(), o.noShowRate(),
                        o.cancellations(), o.cancellationRate(), o.lateCancellations(), o.lateCancellationRate()))
                        .toList(), 3);
    }

    private ReportTable attach(String id, String title, String first, List<AttachRate> rows,
                               Function<AttachRate, String> name) {
        return new ReportTable(id, t.get(title), List.of(col(first, Kind.TEXT),
                col("reports.col.sessions", Kind.COUNT), col("reports.col.withAddOn", Kind.COUNT),
                col("reports.col.attachRate", Kind.PERCENT)),
                rows.stream().map(a -> List.<Object>of(name.apply(a), a.bookings(), a.withAddOn(), a.rate())).toList(),
                3);
    }

    /** The heatmap's table: a row per weekday, a column per hour with bookings (the chart draws it apart). */
    ReportTable heatmap(Demand demand) {
        int first = demand.firstHour();
        int last = demand.lastHour();
        List<Column> columns = new ArrayList<>();
        columns.add(col("reports.col.weekday", Kind.TEXT));
        for (int h = first; h <= last; h++) {
            columns.add(new Column(String.format("%02d:00", h), Kind.COUNT));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Object> row = new ArrayList<>();
            row.add(t.get("reports.weekday." + day.name()));
            for (int h = first; h <= last; h++) {
                row.add(demand.at(day, h));
            }
            rows.add(row);
        }
        return new ReportTable("demand-heatmap", t.get("reports.demand.heatmap"), columns, rows, 1);
    }

    private ReportTable leadTimes(Demand demand) {
        return new ReportTable("demand-lead-time", t.get("reports.demand.leadTime"),
                List.of(col("reports.col.leadTime", Kind.TEXT), col("reports.col.bookings", Kind.COUNT),
                        col("reports.col.share", Kind.PERCENT)),
                Arrays.stream(Demand.LeadTime.values()).map(l -> List.<Object>of(
                        t.get("reports.lead." + l.name()), demand.leadTime(l),
                        new Ratio(demand.leadTime(l), demand.total()))).toList(), 2);
    }

    private ReportTable rebooking(Reports r) {
        return new ReportTable("rebooking", t.get("reports.rebooking.table"),
                List.of(col("reports.col.period", Kind.TEXT), col("reports.col.guests", Kind.COUNT),
                        col("reports.col.rebooked", Kind.COUNT), col("reports.col.rebookingRate", Kind.PERCENT)),
                List.of(List.of(t.get("reports.rebooking.row"), r.rebooking().guests(), r.rebooking().rebooked(),
                        r.rebooking().rate())), 3);
    }

    private ReportTable refusals(List<Refusal> rows) {
        return new ReportTable("screening-refusals", t.get("reports.screening.refusals"),
                List.of(col("reports.col.question", Kind.TEXT), col("reports.col.ruledOut", Kind.TEXT),
                        col("reports.col.channel", Kind.TEXT), col("reports.col.refusals", Kind.COUNT)),
                rows.stream().map(x -> List.<Object>of(menu.question(x.questionCode(), x.question()),
                        target(x), channel(x.channel()), x.refusals())).toList(), 3);
    }

    private ReportTable missingConsent(Reports r) {
        return new ReportTable("screening-no-consent", t.get("reports.screening.noConsent"),
                List.of(col("reports.col.channel", Kind.TEXT), col("reports.col.guestsSentToDesk", Kind.COUNT)),
                r.missingConsentByChannel().entrySet().stream()
                        .map(e -> List.<Object>of(channel(e.getKey()), e.getValue())).toList(), 1);
    }

    private String target(Refusal x) {
        String name = x.targetKind().equals("ADD_ON")
                ? menu.text(MenuTextKeys.addOn(x.targetCode(), "name"), x.target())
                : treatment(x.targetCode(), x.target());
        return x.targetKind().equals("ADD_ON") ? t.get("reports.screening.addOn", name) : name;
    }

    private String treatment(Revenue x) {
        return treatment(x.code(), x.name());
    }

    private String treatment(String code, String name) {
        return menu.text(MenuTextKeys.treatment(code, "name"), name);
    }

    private String channel(String code) {
        return t.get("reports.channel." + code);
    }

    private Column col(String key, Kind kind) {
        return new Column(t.get(key), kind);
    }
}
