package com.spakiosk.security.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Actor;
import com.spakiosk.security.Roles;
import com.spakiosk.security.StaffAccountException;
import com.spakiosk.security.StaffAccountService;
import com.spakiosk.security.StaffAccountSummary;
import com.spakiosk.security.StaffRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/**
 * The manager's list of staff accounts: create desk and manager accounts with a first password,
 * disable and enable them, reset a password, change the role. The service refuses what would
 * lock the spa out (the last active manager, one's own account); the page says so calmly.
 */
@Route(value = "manage/staff", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class StaffAccountsView extends Main implements HasDynamicTitle {

    private final StaffAccountService accounts;
    private final DateTimeFormatter when;
    private final Grid<StaffAccountSummary> grid = new Grid<>();
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();

    public StaffAccountsView(StaffAccountService accounts, SpaProperties spa) {
        this.accounts = accounts;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(spa.zone());
        addClassNames("staff-page", "staff-accounts");
        var create = new Button(getTranslation("accounts.create"), e -> new AccountDialogs(accounts, this::saved).create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("accounts-create");
        problem.addClassName("accounts-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        status.addClassName("accounts-status");
        status.getElement().setAttribute("role", "status");
        var head = new Div(new H1(getTranslation("accounts.title")), create);
        head.addClassName("manage-header");
        add(head, problem, status, grid);
        columns();
        refresh();
    }

    private void columns() {
        grid.addColumn(StaffAccountSummary::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true)
                .setKey("username");
        grid.addColumn(StaffAccountSummary::displayName).setHeader(getTranslation("accounts.displayName")).setAutoWidth(true);
        grid.addColumn(a -> roleName(a.isManager() ? StaffRole.MANAGER : StaffRole.FRONT_DESK))
                .setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("accounts.status")).setAutoWidth(true)
                .setKey("status");
        grid.addColumn(a -> a.lastSignInAt() == null ? getTranslation("accounts.never") : when.format(a.lastSignInAt()))
                .setHeader(getTranslation("accounts.lastSignIn")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    String roleName(StaffRole role) {
        return getTranslation(role == StaffRole.MANAGER ? "accounts.role.manager" : "accounts.role.desk");
    }

    private Component state(StaffAccountSummary a) {
        var state = new Span(getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"));
        state.addClassName(a.enabled() ? "account-enabled" : "account-disabled");
        if (a.enabled() && a.mustChangePassword()) {
            state.setText(state.getText() + " · " + getTranslation("accounts.mustChange"));
        }
        return state;
    }

    private Component actions(StaffAccountSummary a) {
        var actions = new Div();
        actions.addClassName("account-actions");
        if (Actor.current().filter(a.username()::equals).isPresent()) {
            actions.add(new Span(getTranslation("accounts.you")));
            return actions;
        }
        var dialogs = new AccountDialogs(accounts, this::saved);
        actions.add(action("accounts.resetPassword", a, () -> dialogs.resetPassword(a)));
        actions.add(action("accounts.changeRole", a, () -> dialogs.changeRole(a, this::roleName)));
        actions.add(a.enabled()
                ? action("accounts.disable", a, () -> change(() -> accounts.disable(a.id(), a.version()), "accounts.disabledNow", a))
                : action("accounts.enable", a, () -> change(() -> accounts.enable(a.id(), a.version()), "accounts.enabledNow", a)));
        return actions;
    }

    private Button action(String key, StaffAccountSummary a, Runnable run) {
        var button = new Button(getTranslation(key), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + a.username());
        return button;
    }

    private void change(Supplier<StaffAccountSummary> change, String doneKey, StaffAccountSummary a) {
        try {
            change.get();
            saved(getTranslation(doneKey, a.username()));
        } catch (StaffAccountException e) {
            refused(e);
        }
    }

    /** A change was saved: say so and show the list as it is now. */
    void saved(String message) {
        problem.setVisible(false);
        status.setText(message);
        refresh();
    }

    void refused(StaffAccountException e) {
        status.setText("");
        problem.setText(refusal(this, e));
        problem.setVisible(true);
        refresh();
    }

    /** The service's refusal in the manager's words. */
    static String refusal(Component in, StaffAccountException e) {
        return in.getTranslation(switch (e.reason()) {
            case LAST_MANAGER -> "accounts.refused.lastManager";
            case OWN_ACCOUNT -> "accounts.refused.own";
            case STALE -> "accounts.refused.stale";
            case USERNAME_TAKEN -> "accounts.refused.taken";
            default -> "accounts.refused.other";
        });
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
