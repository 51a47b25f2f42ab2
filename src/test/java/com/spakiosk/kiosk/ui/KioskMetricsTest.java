package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.spakiosk.kiosk.ui.KioskFlowTest.answerYes;
import static com.spakiosk.kiosk.ui.KioskFlowTest.card;
import static com.spakiosk.kiosk.ui.KioskFlowTest.tap;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.DemoSpaIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The kiosk counts flows started and finished and screening outcomes, and nothing about the guest. */
class KioskMetricsTest extends KaribuTest {

    @Autowired MeterRegistry registry;
    @Autowired TestClock clock;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_guest_who_books_counts_one_flow_started_one_finished_and_one_suitable_screening() {
        double started = count("spa.kiosk.flows.started");
        double finished = count("spa.kiosk.flows.finished");
        double suitable = screenings("suitable");

        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, "08:58")));
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        tap("Continue");
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("First name")), "Emma");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail")), "emma@example.org");
        tap("Continue");
        tap("Book now");
        _get(Span.class, spec -> spec.withClasses("kiosk-code"));

        assertThat(count("spa.kiosk.flows.started")).isEqualTo(started + 1);
        assertThat(count("spa.kiosk.flows.finished")).isEqualTo(finished + 1);
        assertThat(screenings("suitable")).isEqualTo(suitable + 1);
    }

    @Test
    void a_ruled_out_treatment_counts_as_not_suitable_and_no_question_is_named_in_any_metric() {
        double notSuitable = screenings("not_suitable");

        UI.getCurrent().navigate(KioskView.class);
        tap("Tap to start");
        _click(card("THERAPEUTIC"));
        tap("Continue");
        answerYes("LEG_SKIN");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");

        assertThat(screenings("not_suitable")).isEqualTo(notSuitable + 1);
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().toString())
                .doesNotContain("LEG_SKIN", "leg_skin"));
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    private double screenings(String outcome) {
        Counter counter = registry.find("spa.kiosk.screenings").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
