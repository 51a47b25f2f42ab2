package com.spakiosk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.spakiosk.KaribuTest;
import com.spakiosk.security.StaffAccountSummary;
import com.spakiosk.security.StaffFixture;
import com.spakiosk.security.StaffRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's staff page: the list, a new account, and the refusals that keep the spa from locking itself out. */
@WithMockUser(username = "view-boss", roles = "MANAGER")
class StaffAccountsViewTest extends KaribuTest {

    @Autowired StaffFixture staff;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate("manage/staff");
    }

    @AfterEach
    void restore() {
        staff.restoreManagers();
    }

    @SuppressWarnings("unchecked")
    static Grid<StaffAccountSummary> grid() {
        return _get(Grid.class);
    }

    static int row(String username) {
        var grid = grid();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).username().equals(username))
                .findFirst().orElseThrow();
    }

    static Component cell(String username, String column) {
        return GridKt._getCellComponent(grid(), row(username), column);
    }

    @Test
    void the_list_shows_each_account_with_its_role_and_whether_it_is_active() {
        var demoDesk = GridKt._get(grid(), row("desk"));
        assertThat(demoDesk.roles()).containsExactly(StaffRole.FRONT_DESK);
        assertThat(demoDesk.enabled()).isTrue();
        assertThat(cell("desk", "status").getElement().getTextRecursively()).isEqualTo("Active");
    }

    @Test
    void a_manager_creates_a_desk_account_that_must_choose_its_own_password() {
        String username = "anna-" + ThreadLocalRandom.current().nextInt(1_000_000);
        _click(_get(Button.class, spec -> spec.withText("New account")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Anna Berg");
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("First password")), StaffFixture.PASSWORD);
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("Repeat the new password")), StaffFixture.PASSWORD);
        _click(_get(dialog, Button.class, spec -> spec.withText("Create account")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("accounts-status")).getText())
                .isEqualTo("Account " + username + " created. It asks for a new password at its first sign-in.");
        assertThat(GridKt._get(grid(), row(username)).mustChangePassword()).isTrue();
        assertThat(cell(username, "status").getElement().getTextRecursively()).contains("must choose a new password");
    }

    @Test
    void a_common_first_password_is_refused_at_the_field_and_no_account_is_made() {
        String username = "weak-" + ThreadLocalRandom.current().nextInt(1_000_000);
        _click(_get(Button.class, spec -> spec.withText("New account")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Weak");
        var password = _get(dialog, PasswordField.class, spec -> spec.withLabel("First password"));
        _setValue(password, "password1234");
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("Repeat the new password")), "password1234");
        _click(_get(dialog, Button.class, spec -> spec.withText("Create account")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("This password is too common");
        assertThat(grid().getGenericDataView().getItems().map(StaffAccountSummary::username)).doesNotContain(username);
    }

    @Test
    void disabling_the_last_active_manager_is_refused_calmly_and_changes_nothing() {
        staff.onlyActiveManagers(List.of("manager"));
        _click(_get(cell("manager", "actions"), Button.class, spec -> spec.withText("Disable")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("accounts-problem")).getText())
                .isEqualTo("This is the last active manager. Make another account a manager first.");
        assertThat(GridKt._get(grid(), row("manager")).enabled()).isTrue();
    }

    @Test
    void a_disabled_account_can_be_enabled_again_from_the_list() {
        String clerk = staff.newAccount("clerk", StaffRole.FRONT_DESK);
        UI.getCurrent().navigate("desk");
        UI.getCurrent().navigate("manage/staff");
        _click(_get(cell(clerk, "actions"), Button.class, spec -> spec.withText("Disable")));
        assertThat(GridKt._get(grid(), row(clerk)).enabled()).isFalse();

        _click(_get(cell(clerk, "actions"), Button.class, spec -> spec.withText("Enable")));
        assertThat(GridKt._get(grid(), row(clerk)).enabled()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("accounts-status")).getText())
                .isEqualTo(clerk + " can sign in again.");
    }

    @Test
    void a_password_reset_asks_for_a_temporary_password_that_the_owner_must_replace() {
        String clerk = staff.newAccount("forgot", StaffRole.FRONT_DESK);
        UI.getCurrent().navigate("desk");
        UI.getCurrent().navigate("manage/staff");
        _click(_get(cell(clerk, "actions"), Button.class, spec -> spec.withText("Reset password")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("Temporary password")), "amber falcon river 93 kettle");
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("Repeat the new password")), "amber falcon river 93 kettle");
        _click(_get(dialog, Button.class, spec -> spec.withText("Reset password")));

        assertThat(GridKt._get(grid(), row(clerk)).mustChangePassword()).isTrue();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void the_managers_own_row_offers_no_changes() {
        assertThat(cell("manager", "actions").getElement().getTextRecursively()).isEqualTo("This is you");
    }
}
