package com.spakiosk.desk.ui;

import com.spakiosk.base.ContactCheck;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.GuestSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who the desk books for: a returning guest, found by name, phone, e-mail or a booking code, or
 * a new one (first and last name, phone or e-mail, checked as at the kiosk). A returning guest
 * is booked with the contact of their record, so the booking finds that record again.
 */
class DeskGuestPicker extends Composite<Div> {

    private final Function<String, List<GuestSummary>> search;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final Div chosen = new Div();
    private final GuestContactForm form;
    private GuestSummary returning;

    DeskGuestPicker(Function<String, List<GuestSummary>> search, ContactCheck contact) {
        this.search = search;
        this.form = new GuestContactForm(contact, false);
        getContent().addClassName("desk-guest-picker");
        query.setLabel(getTranslation("desk.new.findGuest"));
        query.setHelperText(getTranslation("desk.new.findGuestHelp"));
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> showResults(e.getValue()));
        results.addClassName("desk-guest-results");
        chosen.addClassName("desk-guest-chosen");
        chosen.setVisible(false);
        getContent().add(query, results, chosen, form);
    }

    private void showResults(String text) {
        results.removeAll();
        if (text == null || text.isBlank()) {
            return;
        }
        List<GuestSummary> found = search.apply(text);
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("desk.new.noGuestFound")));
        }
        for (GuestSummary guest : found) {
            var pick = new Button(describe(guest), e -> choose(guest));
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            pick.addClassName("desk-guest-result");
            results.add(pick);
        }
    }

    static String describe(GuestSummary guest) {
        StringBuilder text = new StringBuilder(guest.fullName());
        if (guest.phone() != null) {
            text.append(" · ").append(guest.phone());
        }
        if (guest.email() != null) {
            text.append(" · ").append(guest.email());
        }
        return text.toString();
    }

    private void choose(GuestSummary guest) {
        returning = guest;
        results.removeAll();
        chosen.removeAll();
        var other = new Button(getTranslation("desk.new.otherGuest"), e -> newGuest());
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chosen.add(new Paragraph(getTranslation("desk.new.returningGuest", describe(guest))), other);
        chosen.setVisible(true);
        form.setVisible(false);
        query.setVisible(false);
    }

    private void newGuest() {
        returning = null;
        chosen.setVisible(false);
        form.setVisible(true);
        query.setVisible(true);
        query.clear();
    }

    /** The guest to book for, or empty with the new guest's fields marked. */
    Optional<Guest> guest() {
        if (returning != null) {
            return Optional.of(returning.asContact());
        }
        return form.guest();
    }

    /** The message of a form-level check (no way to reach the guest), if that is what failed. */
    Optional<String> formError() {
        return returning != null ? Optional.empty() : form.formError();
    }
}
