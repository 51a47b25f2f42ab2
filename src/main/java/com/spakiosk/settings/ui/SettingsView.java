package com.spakiosk.settings.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Roles;
import com.spakiosk.settings.AffectedBooking;
import com.spakiosk.settings.SettingsException;
import com.spakiosk.settings.SpaSettings;
import com.spakiosk.settings.SpaSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The manager edits the spa's opening hours, closed dates and booking settings. Coming bookings
 * that the new hours would leave outside are listed before saving ({@link AffectedBookingsDialog});
 * a save another manager made first is refused calmly with who and when. The kiosk, the desk
 * and the engine use the saved values from their next screen on.
 */
@Route(value = "manage/settings", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class SettingsView extends Main implements HasDynamicTitle {

    private final SpaSettingsService settings;
    private final SpaProperties spa;
    private final WeekHoursEditor week = new WeekHoursEditor();
    private final ClosedDatesEditor closed;
    private final IntegerField turnover = minutes("settings.turnover", "settings.turnoverHelp", SpaSettings.TURNOVER_MAX_MINUTES);
    private final IntegerField walkInLead = minutes("settings.walkInLead", "settings.walkInLeadHelp",
            SpaSettings.WALK_IN_LEAD_MAX_MINUTES);
    private final IntegerField cancelCutoff = minutes("settings.cancelCutoff", "settings.cancelCutoffHelp",
            SpaSettings.CANCEL_CUTOFF_MAX_MINUTES);
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Paragraph lastChange = new Paragraph();
    private final DateTimeFormatter changedAt;
    private SpaSettings shown;

    public SettingsView(SpaSettingsService settings, SpaProperties spa, Clock clock) {
        this.settings = settings;
        this.spa = spa;
        this.closed = new ClosedDatesEditor(LocalDate.now(clock.withZone(spa.zone())));
        this.changedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(spa.zone());
        addClassNames("staff-page", "settings-page");
        problem.addClassName("settings-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        status.addClassName("settings-status");
        status.getElement().setAttribute("role", "status");
        lastChange.addClassName("settings-last-change");
        var save = new Button(getTranslation("settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("settings-save");
        var booking = new FormLayout(turnover, walkInLead, cancelCutoff);
        booking.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        add(new H1(getTranslation("settings.title")), lastChange,
                section("settings.hours.title", "settings.hours.explain", week),
                section("settings.closed.title", "settings.closed.explain", closed),
                section("settings.booking.title", null, booking),
                problem, new Div(save), status);
        show(settings.current());
    }

    private Section section(String title, String explain, com.vaadin.flow.component.Component content) {
        var section = new Section(new H2(getTranslation(title)));
        if (explain != null) {
            section.add(new Paragraph(getTranslation(explain)));
        }
        section.add(content);
        section.addClassName("settings-section");
        return section;
    }

    private IntegerField minutes(String label, String help, int max) {
        var field = new IntegerField(getTranslation(label));
        field.setMin(0);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new Span(getTranslation("settings.minutes")));
        field.setHelperText(getTranslation(help, max));
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private void show(SpaSettings s) {
        shown = s;
        week.show(s.week());
        closed.show(s.closedDates());
        turnover.setValue((int) s.turnover().toMinutes());
        walkInLead.setValue((int) s.walkInLead().toMinutes());
        cancelCutoff.setValue((int) s.guestCancelCutoff().toMinutes());
        lastChange.setText(s.updatedAt() == null ? getTranslation("settings.defaults")
                : getTranslation("settings.lastChange", s.updatedBy(), changedAt.format(s.updatedAt())));
    }

    private void save() {
        problem.setVisible(false);
        status.setText("");
        var hours = week.read();
        boolean minutesOk = checkMinutes(turnover, SpaSettings.TURNOVER_MAX_MINUTES)
                & checkMinutes(walkInLead, SpaSettings.WALK_IN_LEAD_MAX_MINUTES)
                & checkMinutes(cancelCutoff, SpaSettings.CANCEL_CUTOFF_MAX_MINUTES);
        if (hours.isEmpty() || !minutesOk) {
            refuse(getTranslation("settings.fixFields"));
            return;
        }
        SpaSettings edited = shown.edited(hours.get(), closed.dates(), Duration.ofMinutes(turnover.getValue()),
                Duration.ofMinutes(walkInLead.getValue()), Duration.ofMinutes(cancelCutoff.getValue()));
        List<AffectedBooking> outside = settings.bookingsOutside(edited);
        if (outside.isEmpty()) {
            store(edited, Set.of());
        } else {
            confirm(edited, outside);
        }
    }

    private void confirm(SpaSettings edited, List<AffectedBooking> outside) {
        new AffectedBookingsDialog(outside, spa.zone(),
                () -> store(edited, outside.stream().map(AffectedBooking::bookingId).toList())).open();
    }

    private void store(SpaSettings edited, Collection<Long> kept) {
        try {
            show(settings.save(edited, kept));
            status.setText(getTranslation("settings.saved"));
        } catch (SettingsException e) {
            if (e.reason() == SettingsException.Reason.UNSEEN_BOOKINGS) {
                confirm(edited, e.bookings());
            } else {
                refuse(getTranslation("settings.stale", e.changedBy() == null ? "?" : e.changedBy(),
                        e.changedAt() == null ? "" : changedAt.format(e.changedAt())));
                var reload = new Button(getTranslation("settings.reload"), click -> {
                    show(settings.current());
                    problem.setVisible(false);
                });
                reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
                problem.add(reload);
            }
        }
    }

    private boolean checkMinutes(IntegerField field, int max) {
        Integer value = field.getValue();
        boolean ok = value != null && !field.isInvalid() && value >= 0 && value <= max;
        field.setErrorMessage(ok ? null : getTranslation("settings.minutesRange", 0, max));
        field.setInvalid(!ok);
        return ok;
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
