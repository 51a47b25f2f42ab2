package com.spakiosk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.spakiosk.KaribuTest;
import com.spakiosk.desk.ui.DeskView;
import com.spakiosk.kiosk.ui.KioskView;
import com.spakiosk.reports.ui.ManageView;
import com.spakiosk.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Who may open which page: the kiosk is open, the desk needs FRONT_DESK, manage needs MANAGER. */
class AccessRulesTest extends KaribuTest {

    @Test
    void anyone_may_open_the_kiosk() {
        UI.getCurrent().navigate("");
        _get(KioskView.class);
    }

    @Test
    void an_anonymous_visitor_of_the_desk_is_sent_to_sign_in() {
        UI.getCurrent().navigate("desk");
        _get(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_of_a_session_card_is_sent_to_sign_in() {
        UI.getCurrent().navigate("desk/card/1");
        _get(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_of_manage_is_sent_to_sign_in() {
        UI.getCurrent().navigate("manage");
        _get(LoginView.class);
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_front_desk_may_open_the_desk() {
        UI.getCurrent().navigate("desk");
        _get(DeskView.class);
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_front_desk_may_not_open_manage_and_is_not_offered_it() {
        assertThatThrownBy(() -> UI.getCurrent().navigate("manage")).isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate("desk");
        assertThat(LocatorJ._find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("manage");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_manager_may_open_manage_and_the_desk() {
        UI.getCurrent().navigate("manage");
        _get(ManageView.class);
        UI.getCurrent().navigate("desk");
        _get(DeskView.class);
    }
}
