package com.spakiosk.desk.ui;

import com.spakiosk.base.ContactCheck;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.booking.GuestDetails;
import com.spakiosk.booking.GuestException;
import com.spakiosk.booking.GuestService;
import com.spakiosk.booking.GuestSummary;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.Therapist;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The desk's guests: find one by name, phone, e-mail or a booking code; see their bookings, past
 * and upcoming, with how often they did not come or cancelled late; edit name, contact and notes
 * with the version the clerk saw.
 */
@Route(value = "desk/guests", layout = StaffLayout.class)
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class GuestsView extends Main implements HasDynamicTitle {

    private final GuestService guests;
    private final Map<Long, String> treatments;
    private final Map<Long, String> therapists;
    private final DateTimeFormatter when;
    private final ContactCheck contact;
    private final Div results = new Div();
    private final Div details = new Div();

    GuestsView(GuestService guests, MenuService menu, StaffService staff, SpaProperties spa) {
        this.guests = guests;
        var texts = menu.content(getLocale());
        this.treatments = menu.activeMenu().stream().collect(Collectors.toMap(MenuTreatment::id, texts::name));
        this.therapists = staff.activeTherapists().stream()
                .collect(Collectors.toMap(Therapist::getId, Therapist::getDisplayName));
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(spa.zone());
        this.contact = new ContactCheck(spa.country());
        addClassNames("staff-page", "desk-guests");
        var search = new TextField(getTranslation("desk.guests.search"));
        search.setHelperText(getTranslation("desk.guests.searchHelp"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> search(e.getValue()));
        results.addClassName("desk-guest-results");
        details.addClassName("desk-guest-details");
        add(new H1(getTranslation("desk.guests.title")), search, results, details);
    }

    private void search(String text) {
        results.removeAll();
        if (text == null || text.strip().length() < GuestService.SEARCH_MIN) {
            return;
        }
        List<GuestSummary> found = guests.search(text);
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("desk.new.noGuestFound")));
        }
        for (GuestSummary guest : found) {
            var open = new Button(DeskGuestPicker.describe(guest), e -> show(guest.id(), null));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("desk-guest-result");
            results.add(open);
        }
    }

    /** Shows a guest as they are now, with a message above (after a save or a refusal), or none. */
    private void show(long guestId, String message) {
        details.removeAll();
        guests.details(guestId).ifPresentOrElse(g -> render(g, message),
                () -> details.add(new Paragraph(getTranslation("desk.guests.refused.NOT_FOUND"))));
    }

    private void render(GuestDetails guest, String message) {
        details.add(new H2(guest.fullName()));
        if (message != null) {
            var note = new Paragraph(message);
            note.addClassName("desk-guest-message");
            note.getElement().setAttribute("role", "status");
            details.add(note);
        }
        var counts = new Paragraph(getTranslation("desk.guests.counts", guest.noShows(), guest.lateCancels()));
        counts.addClassName("desk-guest-counts");
        details.add(counts);
        var editor = new GuestContactForm(contact, true);
        editor.fill(guest);
        var save = new Button(getTranslation("desk.guests.save"), e -> save(guest, editor));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        details.add(editor, save);
        details.add(new H3(getTranslation("desk.guests.upcoming")), visits(guest.upcoming()));
        details.add(new H3(getTranslation("desk.guests.past")), visits(guest.past()));
    }

    private void save(GuestDetails guest, GuestContactForm editor) {
        var edit = editor.edit();
        if (edit.isEmpty()) {
            editor.formError().ifPresent(this::refuse);
            return;
        }
        try {
            guests.update(guest.id(), guest.version(), edit.get());
            show(guest.id(), getTranslation("desk.guests.saved"));
        } catch (GuestException e) {
            if (e.reason() == GuestException.Reason.STALE || e.reason() == GuestException.Reason.NOT_FOUND) {
                show(guest.id(), getTranslation("desk.guests.refused." + e.reason().name()));
            } else {
                refuse(getTranslation("desk.guests.refused." + e.reason().name()));
            }
        }
    }

    /** A refusal the clerk can fix: the message above, what they typed kept. */
    private void refuse(String message) {
        details.getChildren().filter(c -> c.getClassNames().contains("desk-guest-message")).findFirst()
                .ifPresent(details::remove);
        var note = new Paragraph(message);
        note.addClassNames("desk-guest-message", "desk-refusal");
        note.getElement().setAttribute("role", "status");
        details.addComponentAtIndex(1, note);
    }

    private UnorderedList visits(List<GuestDetails.Visit> visits) {
        var list = new UnorderedList();
        list.addClassName("desk-guest-visits");
        if (visits.isEmpty()) {
            list.add(new ListItem(getTranslation("desk.guests.none")));
        }
        for (GuestDetails.Visit v : visits) {
            String text = getTranslation("desk.guests.visit", when.format(v.start()),
                    treatments.getOrDefault(v.treatmentId(), "?"), therapists.getOrDefault(v.therapistId(), ""),
                    getTranslation("desk.status." + v.status().name()), v.code() == null ? "" : v.code());
            var item = new ListItem(text);
            if (v.lateCancel()) {
                item.add(new com.vaadin.flow.component.html.Span(" · " + getTranslation("desk.guests.lateCancel")));
                item.addClassName("desk-guest-visit--late");
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.guests.title");
    }
}
