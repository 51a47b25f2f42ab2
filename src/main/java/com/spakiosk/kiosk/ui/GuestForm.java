package com.spakiosk.kiosk.ui;

import com.spakiosk.base.PlainText;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.Guest;
import com.spakiosk.base.ContactCheck;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;

/**
 * First name and one way to reach the guest, validated as they type and again on submit.
 * The phone number is normalised by libphonenumber; either phone or e-mail is enough.
 */
class GuestForm extends Composite<FormLayout> {

    /** The form's fields, as the binder edits them. */
    static final class Fields {
        String firstName = "";
        String phone = "";
        String email = "";
    }

    private final Binder<Fields> binder = new Binder<>();
    private final Fields fields = new Fields();
    private final ContactCheck contact;
    private final TextField firstName = new TextField();
    private final TextField phone = new TextField();
    /** A text field, not an EmailField: one check (ours) and one message, not the browser's as well. */
    private final TextField email = new TextField();

    GuestForm(ContactCheck contact) {
        this.contact = contact;
        firstName.setLabel(getTranslation("kiosk.details.firstName"));
        firstName.setMaxLength(Booking.FIRST_NAME_MAX);
        firstName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        phone.setLabel(getTranslation("kiosk.details.phone"));
        phone.setHelperText(getTranslation("kiosk.details.phoneHelp"));
        phone.setMaxLength(30);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        phone.getElement().setAttribute("inputmode", "tel");
        email.setLabel(getTranslation("kiosk.details.email"));
        email.getElement().setAttribute("inputmode", "email");
        email.setMaxLength(ContactCheck.EMAIL_MAX);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        // Invisible characters first: "a\u0000@x.de" has the shape of an e-mail address.
        String hidden = getTranslation("kiosk.details.hiddenCharacters");
        binder.forField(firstName).asRequired(getTranslation("kiosk.details.firstNameRequired"))
                .withValidator(PlainText::isPlain, hidden)
                .withValidator(v -> v.strip().length() <= Booking.FIRST_NAME_MAX, getTranslation("kiosk.details.firstNameLong"))
                .bind(f -> f.firstName, (f, v) -> f.firstName = v);
        binder.forField(phone)
                .withValidator(PlainText::isPlain, hidden)
                .withValidator(v -> v.isBlank() || contact.phone(v).isPresent(), getTranslation("kiosk.details.phoneInvalid"))
                .bind(f -> f.phone, (f, v) -> f.phone = v);
        binder.forField(email)
                .withValidator(PlainText::isPlain, hidden)
                .withValidator(v -> v.isBlank() || contact.email(v).isPresent(), getTranslation("kiosk.details.emailInvalid"))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.withValidator(f -> !f.phone.isBlank() || !f.email.isBlank(),
                getTranslation("kiosk.details.contactRequired"));
        binder.setBean(fields);
        getContent().add(firstName, phone, email);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** Shows what the guest entered before (they came back from the review). */
    void fill(Guest guest) {
        fields.firstName = guest.firstName();
        fields.phone = guest.phone() == null ? "" : guest.phone();
        fields.email = guest.email() == null ? "" : guest.email();
        binder.setBean(fields);
    }

    /** The guest, or empty with the fields marked and a message shown. */
    Optional<Guest> guest() {
        var status = binder.validate();
        if (!status.isOk()) {
            status.getBeanValidationErrors().stream().findFirst()
                    .ifPresent(error -> phone.setErrorMessage(error.getErrorMessage()));
            status.getBeanValidationErrors().stream().findFirst().ifPresent(error -> phone.setInvalid(true));
            return Optional.empty();
        }
        return Optional.of(new Guest(fields.firstName.strip(), contact.phone(fields.phone).orElse(null),
                contact.email(fields.email).orElse(null)));
    }
}
