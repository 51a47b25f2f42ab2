package com.spakiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.spakiosk.KaribuTest;
import com.spakiosk.kiosk.ui.KioskView;
import com.spakiosk.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

/**
 * Nobody sees a stack trace: failing pages and failing clicks get a calm message and a way
 * back. (Unknown addresses are checked in the browser, StaffSignInIT: Karibu's router does
 * not route them as the real one does.)
 */
class ErrorHandlingTest extends KaribuTest {

    @Test
    void the_sign_in_page_offers_the_way_back_to_the_kiosk() {
        UI.getCurrent().navigate("login");
        var login = _get(LoginView.class);
        _get(login, Button.class, spec -> spec.withText("Back to the kiosk")).click();
        _get(KioskView.class);
    }

    @Test
    void a_page_that_fails_to_open_shows_a_calm_message_without_details() {
        UI.getCurrent().navigate("test-exploding-page");
        var page = _get(UnexpectedErrorView.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo("Something went wrong");
        assertThat(page.getElement().getTextRecursively()).doesNotContain("simulated", "Exception", "guest data");
    }

    @Test
    void a_failing_click_gives_a_calm_notice_and_the_screen_stays() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("simulated click failure")));
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("Sorry, that did not work. Nothing was changed; please try again.");
    }
}
