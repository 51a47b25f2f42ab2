package com.spakiosk.staff.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.TherapistChangeRequest;
import com.spakiosk.staff.TherapistConflictException;
import com.spakiosk.staff.TherapistDetails;
import com.spakiosk.staff.TherapistEditor;
import com.spakiosk.staff.TherapistForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * One therapist in the manager's hands ({@code /manage/therapists/<id>}, or {@code new}): who they
 * are and what they give, their shift plan, one-off changes of dates, time off, and the history.
 * Every change is refused calmly at its field when it breaks a rule or someone changed the therapist
 * first (what was typed stays), and a change that would leave coming bookings without their
 * therapist lists them first, to be moved or cancelled.
 */
@Route(value = "manage/therapists", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class TherapistEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final TherapistEditor editor;
    private final ZoneId zone;
    private final FieldProblems problems;
    private final H1 title = new H1();
    private final TherapistProfileForm profile;
    private final ShiftPlanForm plan;
    private final DayChangesPanel days;
    private final TimeOffPanel timeOff;
    private final Div history = new Div();
    private final Div form = new Div();
    private TherapistDetails details;

    TherapistEditorView(TherapistEditor editor, SpaProperties spa) {
        this.editor = editor;
        this.zone = spa.zone();
        this.problems = new FieldProblems(zone);
        this.profile = new TherapistProfileForm(problems, editor.treatments(), editor.addOns());
        this.plan = new ShiftPlanForm(problems);
        this.days = new DayChangesPanel(problems, this::submit);
        this.timeOff = new TimeOffPanel(problems, zone, this::submit);
        addClassNames("staff-page", "manage-therapist");
        var back = new RouterLink(getTranslation("manage.therapists.back"), TherapistsView.class);
        back.addClassName("manage-back");
        var save = new Button(getTranslation("manage.therapist.save"), e -> submit(this::describe));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("manage-therapist-save");
        var actions = new Div(save);
        actions.addClassName("manage-actions");
        form.add(profile, plan, actions, days, timeOff, history);
        add(back, title, problems.general(), form);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            details = null;
            title.setText(getTranslation("manage.therapists.new"));
            profile.show("", "", true, null, Set.of(), Set.of());
            plan.show(1, null, List.of());
            days.setVisible(false);
            timeOff.setVisible(false);
            return;
        }
        try {
            load(Long.parseLong(parameter));
        } catch (NumberFormatException | MenuEditException e) {
            title.setText(getTranslation("manage.therapist.notFound"));
            form.setVisible(false);
        }
    }

    private void load(long id) {
        details = editor.details(id);
        TherapistForm f = details.form();
        title.setText(f.name());
        profile.show(f.name(), f.bio(), f.active(), f.colour(), f.treatments(), f.addOns());
        plan.show(f.rotationWeeks(), f.anchor(), f.shifts());
        showLists();
    }

    /** The stored lists and history, leaving whatever the manager is typing alone. */
    private void showLists() {
        days.show(details.dayChanges());
        timeOff.show(details.timeOff());
        history.removeAll();
        history.add(new TherapistHistory(details.history(), zone));
    }

    private TherapistChangeRequest describe() {
        return new TherapistChangeRequest.Describe(new TherapistForm(profile.name.getValue(), profile.bio.getValue(),
                profile.active.getValue(), profile.colour.getValue(), profile.treatmentIds(), profile.addOnIds(),
                plan.weeks.getValue() == null ? 1 : plan.weeks.getValue(), plan.anchor.getValue(), plan.shifts()));
    }

    /** A change: refused at its fields, or listing the bookings in its way, or saved. */
    private void submit(java.util.function.Supplier<TherapistChangeRequest> change) {
        problems.clear();
        try {
            submit(change.get());
        } catch (MenuEditException e) {
            problems.show(e);
        }
    }

    private void submit(TherapistChangeRequest change) {
        problems.clear();
        try {
            if (details == null) {
                long id = editor.apply(null, 0, change);
                getUI().ifPresent(ui -> ui.navigate(TherapistEditorView.class, String.valueOf(id)));
                return;
            }
            var displaced = editor.displaced(details.id(), change);
            if (displaced.isEmpty()) {
                save(change, null);
            } else {
                var dialog = new DisplacedBookingsDialog[1];
                dialog[0] = new DisplacedBookingsDialog(editor, details.id(), displaced,
                        () -> editor.displaced(details.id(), change), zone, () -> save(change, dialog[0]));
                dialog[0].open();
            }
        } catch (MenuEditException e) {
            refused(e);
        }
    }

    private void save(TherapistChangeRequest change, DisplacedBookingsDialog dialog) {
        try {
            editor.apply(details.id(), details.version(), change);
            if (dialog != null) {
                dialog.close();
            }
            if (change instanceof TherapistChangeRequest.AddDayChange) {
                days.clearInput();
            } else if (change instanceof TherapistChangeRequest.AddTimeOff) {
                timeOff.clearInput();
            }
            load(details.id());
            Notification.show(getTranslation("manage.therapist.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TherapistConflictException e) {
            if (dialog != null) {
                dialog.refusedAgain(e.displaced());
            } else {
                var again = new DisplacedBookingsDialog[1];
                again[0] = new DisplacedBookingsDialog(editor, details.id(), e.displaced(),
                        () -> editor.displaced(details.id(), change), zone, () -> save(change, again[0]));
                again[0].open();
                again[0].refusedAgain(e.displaced());
            }
        } catch (MenuEditException e) {
            if (dialog != null) {
                dialog.close();
            }
            refused(e);
        }
    }

    /** Shows a refusal; for an old copy, takes the stored version (what the manager typed stays). */
    private void refused(MenuEditException e) {
        problems.show(e);
        if (details != null && FieldProblems.isStale(e)) {
            details = editor.details(details.id());
            showLists();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.therapists.title");
    }
}
