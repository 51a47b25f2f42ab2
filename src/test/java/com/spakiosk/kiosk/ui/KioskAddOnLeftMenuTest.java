package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.spakiosk.kiosk.ui.KioskFlowTest.addOnCard;
import static com.spakiosk.kiosk.ui.KioskFlowTest.card;
import static com.spakiosk.kiosk.ui.KioskFlowTest.tap;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A manager takes an add-on off the menu while a guest at the kiosk has chosen it. */
class KioskAddOnLeftMenuTest extends KaribuTest {

    @Autowired TestClock clock;
    @Autowired AddOnEditor editor;
    @Autowired MenuService menu;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = "mia.manager", roles = "MANAGER")
    void a_guest_whose_add_on_left_the_menu_is_told_kindly_and_chooses_again_without_it() {
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(DemoSpaIds.freshMonday(), "08:58")));
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        _click(addOnCard("HOT_STONES"));
        tap("Continue");
        long stones = menu.findAddOn("HOT_STONES").orElseThrow().getId();
        editor.setActive(stones, editor.addOn(stones).version(), false, BookingsDecision.KEEP);
        try {
            tap("Continue");

            assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                    .isEqualTo("Something extra you chose is no longer offered with this treatment. Please choose again.");
            tap("See the menu");
            _click(card("RELAXING_FOOT"));
            assertThat(_find(Button.class, spec -> spec.withClasses("addon-card")))
                    .extracting(b -> b.getElement().getAttribute("data-code"))
                    .isNotEmpty().doesNotContain("HOT_STONES");
        } finally {
            editor.setActive(stones, editor.addOn(stones).version(), true, BookingsDecision.KEEP);
        }
    }
}
