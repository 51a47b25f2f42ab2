package com.spakiosk.security.ui;

import com.spakiosk.security.PasswordPolicy;
import com.spakiosk.security.StaffAccount;
import com.spakiosk.security.StaffAccountException;
import com.spakiosk.security.StaffAccountService;
import com.spakiosk.security.StaffAccountSummary;
import com.spakiosk.security.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The staff page's dialogs: a new account, a password reset, a role. Each checks what it can at
 * the field, hands the rest to the service, and reports a saved change to the page.
 */
class AccountDialogs {

    private final StaffAccountService accounts;
    private final Consumer<String> saved;

    AccountDialogs(StaffAccountService accounts, Consumer<String> saved) {
        this.accounts = accounts;
        this.saved = saved;
    }

    /** A new desk or manager account with a first password, to be changed at its first sign-in. */
    void create() {
        var dialog = new Dialog();
        dialog.addClassName("account-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        dialog.setHeaderTitle(dialog.getTranslation("accounts.create"));
        var username = new TextField(dialog.getTranslation("accounts.username"));
        username.setMaxLength(StaffAccount.USERNAME_MAX);
        username.setHelperText(dialog.getTranslation("accounts.usernameHint", StaffAccount.USERNAME_MIN,
                StaffAccount.USERNAME_MAX));
        var name = new TextField(dialog.getTranslation("accounts.displayName"));
        name.setMaxLength(StaffAccount.NAME_MAX);
        var role = roleChoice(dialog, StaffRole.FRONT_DESK);
        var password = new PasswordField(dialog.getTranslation("accounts.firstPassword"));
        password.setHelperText(dialog.getTranslation("accounts.firstPasswordHint"));
        var repeat = new PasswordField(dialog.getTranslation("password.repeat"));
        var problem = problem();
        var form = new FormLayout(username, name, role, password, repeat);
        form.setColspan(role, 2);
        dialog.add(problem, form);
        save(dialog, "accounts.createSave", () -> {
            clear(username, name, password, repeat);
            if (!validUsername(username) || required(name) || !same(password, repeat)) {
                return;
            }
            try {
                var created = accounts.createWithFirstPassword(username.getValue(), name.getValue(), password.getValue(),
                        role.getValue());
                dialog.close();
                saved.accept(dialog.getTranslation("accounts.created", created.username()));
            } catch (PasswordPolicy.WeakPasswordException weak) {
                refuse(password, PasswordMessages.of(dialog, weak));
            } catch (StaffAccountException e) {
                if (e.reason() == StaffAccountException.Reason.USERNAME_TAKEN) {
                    refuse(username, StaffAccountsView.refusal(dialog, e));
                } else {
                    problem.setText(StaffAccountsView.refusal(dialog, e));
                    problem.setVisible(true);
                }
            } catch (IllegalArgumentException badName) {
                refuse(name, dialog.getTranslation("accounts.nameInvalid"));
            }
        });
        dialog.open();
        username.focus();
    }

    /** A temporary password; the owner must replace it at the next sign-in, and their open sessions end. */
    void resetPassword(StaffAccountSummary account) {
        var dialog = new Dialog();
        dialog.addClassName("account-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        dialog.setHeaderTitle(dialog.getTranslation("accounts.resetTitle", account.username()));
        var explain = new Paragraph(dialog.getTranslation("accounts.resetExplain"));
        var password = new PasswordField(dialog.getTranslation("accounts.temporaryPassword"));
        password.setHelperText(PasswordMessages.hint(dialog));
        var repeat = new PasswordField(dialog.getTranslation("password.repeat"));
        var problem = problem();
        dialog.add(explain, problem, new FormLayout(password, repeat));
        save(dialog, "accounts.resetSave", () -> {
            clear(password, repeat);
            if (!same(password, repeat)) {
                return;
            }
            try {
                accounts.resetPassword(account.id(), account.version(), password.getValue());
                dialog.close();
                saved.accept(dialog.getTranslation("accounts.resetDone", account.username()));
            } catch (PasswordPolicy.WeakPasswordException weak) {
                refuse(password, PasswordMessages.of(dialog, weak));
            } catch (StaffAccountException e) {
                problem.setText(StaffAccountsView.refusal(dialog, e));
                problem.setVisible(true);
            }
        });
        dialog.open();
        password.focus();
    }

    /** Desk or manager; demoting the last active manager is refused by the service. */
    void changeRole(StaffAccountSummary account, Function<StaffRole, String> roleName) {
        var dialog = new Dialog();
        dialog.addClassName("account-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        dialog.setHeaderTitle(dialog.getTranslation("accounts.roleTitle", account.username()));
        var role = roleChoice(dialog, account.isManager() ? StaffRole.MANAGER : StaffRole.FRONT_DESK);
        var explain = new Paragraph(dialog.getTranslation("accounts.roleExplain"));
        var problem = problem();
        dialog.add(problem, role, explain);
        save(dialog, "accounts.roleSave", () -> {
            try {
                accounts.changeRole(account.id(), account.version(), role.getValue());
                dialog.close();
                saved.accept(dialog.getTranslation("accounts.roleDone", account.username(), roleName.apply(role.getValue())));
            } catch (StaffAccountException e) {
                problem.setText(StaffAccountsView.refusal(dialog, e));
                problem.setVisible(true);
            }
        });
        dialog.open();
    }

    private static RadioButtonGroup<StaffRole> roleChoice(Dialog dialog, StaffRole selected) {
        var role = new RadioButtonGroup<StaffRole>(dialog.getTranslation("accounts.role"));
        role.setItems(StaffRole.FRONT_DESK, StaffRole.MANAGER);
        role.setItemLabelGenerator(r -> dialog.getTranslation(r == StaffRole.MANAGER ? "accounts.role.managerLong"
                : "accounts.role.deskLong"));
        role.setValue(selected);
        role.setRequired(true);
        return role;
    }

    private static Paragraph problem() {
        var problem = new Paragraph();
        problem.addClassName("accounts-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    private static void save(Dialog dialog, String key, Runnable save) {
        var ok = new Button(dialog.getTranslation(key), e -> save.run());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(dialog.getTranslation("accounts.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(cancel, ok);
    }

    private static boolean validUsername(TextField username) {
        try {
            StaffAccount.normalizeUsername(username.getValue());
            return true;
        } catch (IllegalArgumentException e) {
            refuse(username, username.getTranslation("accounts.usernameInvalid", StaffAccount.USERNAME_MIN,
                    StaffAccount.USERNAME_MAX));
            return false;
        }
    }

    private static boolean required(TextField field) {
        if (field.getValue().isBlank()) {
            refuse(field, field.getTranslation("accounts.required"));
            return true;
        }
        return false;
    }

    private static boolean same(PasswordField password, PasswordField repeat) {
        if (!password.getValue().equals(repeat.getValue())) {
            refuse(repeat, repeat.getTranslation("password.mismatch"));
            return false;
        }
        return true;
    }

    private static void clear(com.vaadin.flow.component.HasValidation... fields) {
        for (var field : fields) {
            field.setInvalid(false);
        }
    }

    private static void refuse(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
