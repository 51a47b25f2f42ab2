package com.spakiosk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.desk.ui.DeskView;
import com.spakiosk.security.Roles;
import com.spakiosk.security.StaffAccountService;
import com.spakiosk.security.StaffAccountSummary;
import com.spakiosk.security.StaffFixture;
import com.spakiosk.security.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** After a reset, the staff member reaches nothing but the page where they choose their own password. */
@WithMockUser(username = ChangePasswordViewTest.USER, authorities = {"ROLE_FRONT_DESK",
        StaffAccountService.PASSWORD_CHANGE_REQUIRED})
class ChangePasswordViewTest extends KaribuTest {

    static final String USER = "forced-change";
    static final String TEMPORARY = "amber falcon river 93 kettle";
    static final String OWN = "copper meadow lantern 71 fig";

    @Autowired StaffAccountService accounts;

    /** The account exists with a temporary password its owner must replace. */
    @BeforeEach
    void resetByAManager() {
        StaffFixture.as("reset-boss", Roles.MANAGER, () -> {
            StaffAccountSummary account = accounts.accounts().stream().filter(a -> a.username().equals(USER))
                    .findFirst().orElse(null);
            return account == null ? accounts.createWithFirstPassword(USER, "Forced change", TEMPORARY, StaffRole.FRONT_DESK)
                    : accounts.resetPassword(account.id(), account.version(), TEMPORARY);
        });
    }

    static void change(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), repeat);
        _click(_get(Button.class, spec -> spec.withClasses("password-save")));
    }

    @Test
    void every_page_sends_them_to_choose_their_own_password_first() {
        for (String page : new String[] {"desk", "desk/guests", ""}) {
            UI.getCurrent().navigate(page);
            _assertOne(ChangePasswordView.class);
        }
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("password-required")).getText())
                .isEqualTo("A manager has set your password. Please choose your own before you continue.");
    }

    @Test
    void a_wrong_current_password_or_two_different_new_ones_are_marked_and_change_nothing() {
        UI.getCurrent().navigate("desk");
        change("not the password", OWN, OWN);
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Current password")).getErrorMessage())
                .isEqualTo("This is not your current password.");
        change(TEMPORARY, OWN, OWN + "!");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")).isInvalid()).isTrue();
        assertThat(StaffFixture.as(USER, Roles.FRONT_DESK, accounts::mustChangeOwnPassword)).isTrue();
    }

    @Test
    void once_they_chose_their_own_password_the_desk_opens() {
        UI.getCurrent().navigate("desk");
        change(TEMPORARY, OWN, OWN);

        _assertNone(ChangePasswordView.class);
        _assertOne(DeskView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).doesNotContain(StaffAccountService.PASSWORD_CHANGE_REQUIRED);
        UI.getCurrent().navigate("desk/guests");
        _assertNone(ChangePasswordView.class);
    }
}
