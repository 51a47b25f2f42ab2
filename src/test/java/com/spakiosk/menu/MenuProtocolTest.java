package com.spakiosk.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** A treatment's protocol steps for the session card, and their words in the staff's language. */
@SpringTest
class MenuProtocolTest {

    @Autowired MenuService menu;

    MenuTreatment treatment(String code) {
        return menu.activeMenu().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_protocol_comes_in_step_order_with_position_area_and_instruction() {
        var steps = menu.protocol(treatment("THERAPEUTIC").id());
        assertThat(steps).extracting(MenuProtocolStep::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(steps.getFirst()).extracting(MenuProtocolStep::title, MenuProtocolStep::position,
                MenuProtocolStep::area).containsExactly("Toes", ClientPosition.LYING_ON_BACK, BodyArea.TOES);
        assertThat(steps.getLast().area()).isNull(); // the nerve trunks: the whole leg
        assertThat(menu.protocol(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void every_demo_step_has_german_and_russian_words_and_english_comes_from_the_database() {
        for (MenuTreatment t : menu.activeMenu()) {
            for (MenuProtocolStep step : menu.protocol(t.id())) {
                for (Locale locale : new Locale[] {Locale.GERMAN, Locale.forLanguageTag("ru")}) {
                    assertThat(menu.content(locale).title(t.code(), step)).isNotEqualTo(step.title());
                    assertThat(menu.content(locale).instruction(t.code(), step)).isNotEqualTo(step.instruction());
                }
                assertThat(menu.content(Locale.ENGLISH).title(t.code(), step)).isEqualTo(step.title());
            }
        }
    }

    @Test
    @WithAnonymousUser
    void a_kiosk_guest_cannot_read_the_therapists_protocol() {
        assertThatThrownBy(() -> menu.protocol(treatment("THERAPEUTIC").id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
