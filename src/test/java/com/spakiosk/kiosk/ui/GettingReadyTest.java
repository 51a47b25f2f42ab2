package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.spakiosk.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/** Between the server answering and the app being ready, the kiosk says "one moment" and then opens by itself. */
class GettingReadyTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void ready_again() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void a_kiosk_opened_while_the_app_is_starting_shows_a_calm_moment_please_in_every_language() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        UI.getCurrent().navigate("");

        _get(GettingReadyView.class);
        assertThat(_find(H1.class).stream().map(H1::getText))
                .containsExactly("One moment, please", "Einen Moment, bitte", "Минутку, пожалуйста");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .allSatisfy(text -> assertThat(text).isNotBlank()).hasSize(3);
        assertThat(_find(KioskView.class)).as("no empty menu behind it").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks again by itself").isEqualTo(GettingReadyView.POLL_MS);
    }

    @Test
    void the_kiosk_opens_by_itself_on_the_first_poll_after_the_app_is_ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        UI.getCurrent().navigate("");
        poll();
        _get(GettingReadyView.class); // still starting: stays

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        poll();

        _get(KioskView.class);
        _get(WelcomeStep.class);
        assertThat(_find(GettingReadyView.class)).isEmpty();
    }

    @Test
    void a_ready_app_opens_the_kiosk_at_once() {
        UI.getCurrent().navigate("");
        _get(WelcomeStep.class);
        assertThat(_find(GettingReadyView.class)).isEmpty();
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        MockVaadin.clientRoundtrip(false);
    }
}
