package com.spakiosk.rooms.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.booking.BookingException;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.ui.ChangeHistoryList;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.RoomForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One room: its names, in use or not, the treatments it suits, its maintenance blocks and its
 * history. A save that would leave coming bookings without a room (out of use, a treatment taken
 * away) lists them first, each to be moved or cancelled; the service checks again under the room's lock.
 */
@Route(value = "manage/room", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class RoomEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final RoomServices services;
    private final FieldProblems problems;
    private final RoomDetailsForm details;
    private final H1 title = new H1();
    private final Div below = new Div();
    private RoomForm stored;

    RoomEditorView(RoomServices services) {
        this.services = services;
        this.problems = new FieldProblems(services.zone());
        this.details = new RoomDetailsForm(problems, services.menu().allTreatments());
        addClassNames("staff-page", "manage-room");
        var back = new RouterLink(getTranslation("manage.rooms.back"), RoomsView.class);
        back.addClassName("manage-back");
        var save = new Button(getTranslation("manage.menu.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("manage-room__save");
        var actions = new Div(save);
        actions.addClassName("manage-actions");
        add(back, title, problems.general(), details, actions, below);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            stored = null;
            details.show(RoomForm.blank());
            title.setText(getTranslation("manage.rooms.new"));
            return;
        }
        try {
            load(Long.parseLong(parameter));
        } catch (NumberFormatException | MenuEditException e) {
            title.setText(getTranslation("manage.rooms.notFound"));
            details.setVisible(false);
        }
    }

    private void load(long id) {
        stored = services.rooms().room(id);
        details.show(stored);
        title.setText(stored.name());
        below.removeAll();
        var history = new Div(new H2(getTranslation("manage.history.title")),
                new ChangeHistoryList(services.rooms().history(id), services.zone()));
        below.add(new RoomBlocksPanel(services, id, stored.name(), problems), history);
    }

    private void save() {
        RoomForm form = details.value();
        if (services.changes().strandedBy(form).isEmpty()) {
            write(form);
        } else {
            listStranded(form);
        }
    }

    private void listStranded(RoomForm form) {
        new StrandedBookingsDialog(getTranslation("manage.stranded.roomTitle", stored.name()), services,
                () -> services.changes().strandedBy(form), form.id(), null, null, () -> write(form)).open();
    }

    private void write(RoomForm form) {
        try {
            Room saved = services.changes().save(form);
            problems.clear();
            if (form.isNew()) {
                getUI().ifPresent(ui -> ui.navigate(RoomEditorView.class, String.valueOf(saved.getId())));
            } else {
                load(saved.getId());
            }
        } catch (MenuEditException e) {
            problems.show(e);
            if (stored != null && FieldProblems.isStale(e)) {
                // Keep what the manager typed; the next save applies it to the version now stored.
                details.rebase(services.rooms().room(stored.id()));
            }
        } catch (BookingException e) {
            // A booking arrived meanwhile: it is listed now, to be moved or cancelled like the rest.
            listStranded(form);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.rooms.title");
    }
}
