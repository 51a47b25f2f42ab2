package com.spakiosk.desk.ui;

import com.spakiosk.base.ContactCheck;
import com.spakiosk.base.PlainText;
import com.spakiosk.booking.Booking;
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
 * A guest's name, contact and notes as the desk edits them, checked as they type (phone and
 * e-mail as at the kiosk) and again by the service on save.
 */
class GuestEditor extends Composite<FormLayout> {

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

    GuestEditor(ContactCheck contact) {
        var firstName = new TextField(getTranslation("desk.guest.firstName"));
        firstName.setMaxLength(Booking.FIRST_NAME_MAX);
        var lastName = new TextField(getTranslation("desk.guest.lastName"));
        lastName.setMaxLength(GuestRecord.LAST_NAME_MAX);
        var phone = new TextField(getTranslation("desk.guest.phone"));
        phone.setMaxLength(30);
        phone.getElement().setAttribute("inputmode", "tel");
        var email = new TextField(getTranslation("desk.guest.email"));
        email.setMaxLength(ContactCheck.EMAIL_MAX);
        email.getElement().setAttribute("inputmode", "email");
        var notes = new TextArea(getTranslation("desk.guest.notes"));
        notes.setMaxLength(GuestRecord.NOTES_MAX);
        notes.setHelperText(getTranslation("desk.guest.notesHelp"));
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
        binder.forField(notes)
                .withValidator(v -> PlainText.isPlain(v.replace("\r\n", "\n").replace('\n', ' ')), hidden)
                .bind(f -> f.notes, (f, v) -> f.notes = v);
        binder.withValidator(f -> !f.phone.isBlank() || !f.email.isBlank(), getTranslation("desk.guest.contactRequired"));
        binder.setBean(fields);
        getContent().add(firstName, lastName, phone, email, notes);
        getContent().setColspan(notes, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
    }

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

    /** What the clerk typed, or empty with the fields marked (the form-level message in {@link #formError}). */
    Optional<GuestService.GuestEdit> edit() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new GuestService.GuestEdit(fields.firstName, fields.lastName, fields.phone, fields.email,
                fields.notes));
    }

    Optional<String> formError() {
        return binder.validate().getBeanValidationErrors().stream().findFirst().map(e -> e.getErrorMessage());
    }
}
