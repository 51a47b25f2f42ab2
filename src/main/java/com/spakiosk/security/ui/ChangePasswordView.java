package com.spakiosk.security.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.PasswordPolicy;
import com.spakiosk.security.Roles;
import com.spakiosk.security.StaffAccountException;
import com.spakiosk.security.StaffAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every staff member changes their own password here (the current one is required). After a
 * manager chose their password, they are sent here after sign-in and reach nothing else until
 * they have chosen their own ({@link PasswordChangeGate}).
 */
@Route(value = "account/password", layout = StaffLayout.class)
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final StaffAccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph done = new Paragraph();

    public ChangePasswordView(StaffAccountService accounts) {
        this.accounts = accounts;
        addClassNames("staff-page", "password-page");
        add(new H1(getTranslation("password.title")));
        if (SignedInSession.mustChangePassword()) {
            var required = new Paragraph(getTranslation("password.required"));
            required.addClassName("password-required");
            required.getElement().setAttribute("role", "status");
            add(required);
        }
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(PasswordMessages.hint(this));
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        var save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("password-save");
        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        done.addClassName("password-done");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        add(form, save, done);
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
        }
        done.setVisible(false);
        if (current.isEmpty()) {
            refuse(current, getTranslation("password.currentRequired"));
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            refuse(repeat, getTranslation("password.mismatch"));
            return;
        }
        boolean wasRequired = SignedInSession.mustChangePassword();
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
        } catch (StaffAccountException e) {
            switch (e.reason()) {
                case WRONG_PASSWORD -> refuse(current, getTranslation("password.wrong"));
                case SAME_PASSWORD -> refuse(next, getTranslation("password.same"));
                default -> refuse(current, getTranslation("password.failed"));
            }
            return;
        } catch (PasswordPolicy.WeakPasswordException weak) {
            refuse(next, PasswordMessages.of(this, weak));
            return;
        }
        SignedInSession.passwordChanged();
        current.clear();
        next.clear();
        repeat.clear();
        if (wasRequired) {
            getUI().ifPresent(ui -> ui.navigate("desk"));
        } else {
            done.setText(getTranslation("password.changed"));
            done.setVisible(true);
        }
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
