package com.spakiosk.desk.ui;

import com.spakiosk.base.ContactCheck;
import com.spakiosk.base.PlainText;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.GuestDetails;
import com.spakiosk.booking.GuestRecord;
import com.spakiosk.booking.GuestService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;

/**
 * A guest's name and contact as the desk types them (first and last name, phone or e-mail,
 * checked as at the kiosk), and on the guests page their notes too. The services check it all
 * again; this form gives the clerk the message at the field.
 */
class GuestContactForm extends Composite<FormLayout> {

    /** The form's fields, as the binder edits them. */
    static final class Fields {
        String firstName = "";
        String lastName = "";
        String phone = "";
        String email = "";
        String notes = "";
    }

    private final Binder<Fields> binder = new Binder<>();
    private final Fields fields = new Fields();
    private final ContactCheck contact;

    GuestContactForm(ContactCheck contact, boolean withNotes) {
        this.contact = contact;
        var firstName = field("desk.guest.firstName", Booking.FIRST_NAME_MAX);
        var lastName = field("desk.guest.lastName", GuestRecord.LAST_NAME_MAX);
        var phone = field("desk.guest.phone", 30);
        phone.getElement().setAttribute("inputmode", "tel");
        var email = field("desk.guest.email", ContactCheck.EMAIL_MAX);
        email.getElement().setAttribute("inputmode", "email");
        String hidden = getTranslation("desk.guest.hiddenCharacters");
        binder.forField(firstName).asRequired(getTranslation("desk.guest.firstNameRequired"))
                .withValidator(PlainText::isPlain, hidden)
                .bind(f -> f.firstName, (f, v) -> f.firstName = v);
        binder.forField(lastName).withValidator(PlainText::isPlain, hidden)
                .bind(f -> f.lastName, (f, v) -> f.lastName = v);
        binder.forField(phone).withValidator(PlainText::isPlain, hidden)
                .withValidator(v -> v.isBlank() || contact.phone(v).isPresent(), getTranslation("desk.guest.phoneInvalid"))
                .bind(f -> f.phone, (f, v) -> f.phone = v);
        binder.forField(email).withValidator(PlainText::isPlain, hidden)
                .withValidator(v -> v.isBlank() || contact.email(v).isPresent(), getTranslation("desk.guest.emailInvalid"))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.withValidator(f -> !f.phone.isBlank() || !f.email.isBlank(), getTranslation("desk.guest.contactRequired"));
        getContent().add(firstName, lastName, phone, email);
        if (withNotes) {
            var notes = new TextArea(getTranslation("desk.guest.notes"));
            notes.setMaxLength(GuestRecord.NOTES_MAX);
            notes.setHelperText(getTranslation("desk.guest.notesHelp"));
            // Several lines are fine in notes; other invisible characters are not.
            binder.forField(notes)
                    .withValidator(v -> PlainText.isPlain(v.replace("\r\n", "\n").replace('\n', ' ')), hidden)
                    .bind(f -> f.notes, (f, v) -> f.notes = v);
            getContent().add(notes);
            getContent().setColspan(notes, 2);
        }
        binder.setBean(fields);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
    }

    private TextField field(String key, int max) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        return field;
    }

    /** Shows a guest's record for editing. */
    void fill(GuestDetails guest) {
        fields.firstName = guest.firstName();
        fields.lastName = nullToEmpty(guest.lastName());
        fields.phone = nullToEmpty(guest.phone());
        fields.email = nullToEmpty(guest.email());
        fields.notes = nullToEmpty(guest.notes());
        binder.setBean(fields);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A new guest, normalised as a booking takes them, or empty with the fields marked. */
    Optional<Guest> guest() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new Guest(fields.firstName.strip(), fields.lastName.strip(),
                contact.phone(fields.phone).orElse(null), contact.email(fields.email).orElse(null)));
    }

    /** What the clerk typed, for the service to check and save, or empty with the fields marked. */
    Optional<GuestService.GuestEdit> edit() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new GuestService.GuestEdit(fields.firstName, fields.lastName, fields.phone, fields.email,
                fields.notes));
    }

    /** The message of the form-level check (no way to reach the guest), when that is what failed. */
    Optional<String> formError() {
        return binder.validate().getBeanValidationErrors().stream().findFirst().map(e -> e.getErrorMessage());
    }
}
