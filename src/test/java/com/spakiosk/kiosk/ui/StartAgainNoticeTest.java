package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kiosk page that loads afresh in the middle of a booking (its app instance died) says calmly on
 * the welcome screen that we had to start again; the browser tab's flag says when (the browser
 * itself is not here: the scripts sent to it are read instead).
 */
class StartAgainNoticeTest extends KaribuTest {

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(KioskView.class);
        scriptsSent(); // what the first page sent
    }

    @Test
    void a_page_that_came_back_mid_booking_says_on_the_welcome_screen_that_we_started_again() {
        _get(KioskView.class).sayWeStartedAgain();
        assertThat(_get(StartAgainNotice.class).getText())
                .isEqualTo("Sorry, we had to start again. If you did not see a booking code, nothing was booked: please tap to start.");
        assertThat(_get(WelcomeStep.class).getChildren().toList().get(1)).isInstanceOf(StartAgainNotice.class);
    }

    @Test
    void the_notice_never_covers_a_screen_the_next_guest_has_already_opened() {
        KioskFlowTest.tap("Tap to start");
        _get(KioskView.class).sayWeStartedAgain();
        assertThat(_find(StartAgainNotice.class)).isEmpty();
    }

    @Test
    void the_tab_remembers_a_guest_past_the_welcome_screen_and_forgets_when_the_kiosk_is_back_at_it() {
        _get(KioskView.class).show(KioskStep.MENU); // as "Tap to start" does (a tap's round trip would send them off)
        assertThat(scriptsSent()).anyMatch(s -> s.contains("sessionStorage.setItem") && s.contains(StartAgainNotice.FLAG));
        _get(KioskView.class).startOver();
        assertThat(scriptsSent()).anyMatch(s -> s.contains("sessionStorage.removeItem") && s.contains(StartAgainNotice.FLAG))
                .noneMatch(s -> s.contains("sessionStorage.setItem"));
    }

    /** The scripts queued for the browser since the last call, with their arguments. */
    private static List<String> scriptsSent() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse(); // element scripts wait for it
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(p -> p.getInvocation().getExpression() + " " + p.getInvocation().getParameters())
                .toList();
    }
}
