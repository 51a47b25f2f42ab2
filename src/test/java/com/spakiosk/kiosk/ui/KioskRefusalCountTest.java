package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.spakiosk.kiosk.ui.KioskFlowTest.answerYes;
import static com.spakiosk.kiosk.ui.KioskFlowTest.card;
import static com.spakiosk.kiosk.ui.KioskFlowTest.tap;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the kiosk's screening turned away reaches the reports as anonymous daily counts, once per guest. */
class KioskRefusalCountTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    int count(String kind, String question, String target) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        Integer n = jdbc.queryForObject("select coalesce(sum(refusals), 0) from screening_refusal_count"
                        + " where on_day = ? and kind = ? and question_code = ? and target_code = ? and channel = 'KIOSK'",
                Integer.class, Date.valueOf(today), kind, question, target);
        return n == null ? 0 : n;
    }

    void screenTherapeuticWithLegSkin() {
        answerYes("LEG_SKIN");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");
    }

    @Test
    void a_treatment_ruled_out_at_the_kiosk_counts_once_even_when_the_guest_goes_back_and_tries_again() {
        int before = count("BLOCKED", "LEG_SKIN", "THERAPEUTIC");
        UI.getCurrent().navigate(KioskView.class);
        tap("Tap to start");
        _click(card("THERAPEUTIC"));
        tap("Continue");
        screenTherapeuticWithLegSkin();
        assertThat(_get(H1.class).getText()).contains("not suitable");
        assertThat(count("BLOCKED", "LEG_SKIN", "THERAPEUTIC")).isEqualTo(before + 1);

        tap("Back");
        tap("Continue");
        assertThat(_get(H1.class).getText()).contains("not suitable");
        assertThat(count("BLOCKED", "LEG_SKIN", "THERAPEUTIC")).isEqualTo(before + 1);
    }

    @Test
    void a_guest_sent_to_the_desk_for_want_of_consent_is_counted_without_what_they_answered() {
        int before = count("NO_CONSENT", "", "");
        UI.getCurrent().navigate(KioskView.class);
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        answerYes("VARICOSE_VEINS");
        tap("Continue");
        assertThat(_get(H1.class).getText()).isEqualTo("Please see the front desk");
        assertThat(count("NO_CONSENT", "", "")).isEqualTo(before + 1);
    }
}
