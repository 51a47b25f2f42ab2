package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.menu.ui.TreatmentCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A manager changes the menu while a guest is at the kiosk: the guest's next screen shows the new
 * price, and a choice that left the menu leads kindly back to the menu, never to an error.
 */
class KioskMenuChangeTest extends KaribuTest {

    @Autowired TreatmentEditor editor;
    @Autowired MenuService menu;

    /** Runs a manager's change from another browser, as it were, while the guest's session stays anonymous. */
    void asManager(Runnable change) {
        asManager(() -> {
            change.run();
            return null;
        });
    }

    <T> T asManager(java.util.function.Supplier<T> change) {
        var guest = SecurityContextHolder.getContext();
        var manager = SecurityContextHolder.createEmptyContext();
        manager.setAuthentication(new UsernamePasswordAuthenticationToken("mia.manager", null,
                java.util.List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        SecurityContextHolder.setContext(manager);
        try {
            return change.get();
        } finally {
            SecurityContextHolder.setContext(guest);
        }
    }

    long id(String code) {
        return menu.findTreatment(code).orElseThrow().getId();
    }

    void open() {
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();
        KioskFlowTest.tap("Tap to start");
    }

    @Test
    void a_new_price_shows_on_the_guests_next_screen() {
        open();
        _click(KioskFlowTest.card("PREVENTIVE"));
        long id = id("PREVENTIVE");
        var edit = asManager(() -> editor.treatment(id));
        var variant = edit.variants().getFirst();
        asManager(() -> editor.changePrice(id, edit.version(), variant.id(), new BigDecimal("35.00")));
        try {
            _click(_get(Button.class, spec -> spec.withClasses("kiosk-back")));
            assertThat(_find(KioskFlowTest.card("PREVENTIVE"), Span.class, spec -> spec.withClasses("treatment-card__price"))
                    .getFirst().getText()).contains("35.00");
        } finally {
            asManager(() -> editor.changePrice(id, editor.treatment(id).version(), variant.id(),
                    variant.price().amount()));
        }
    }

    @Test
    void a_treatment_taken_off_the_menu_mid_flow_leads_back_to_the_menu_with_a_kind_word() {
        open();
        _click(KioskFlowTest.card("RELAXING_LEGS"));
        long id = id("RELAXING_LEGS");
        asManager(() -> editor.setActive(id, editor.treatment(id).version(), false, BookingsDecision.KEEP));
        try {
            KioskFlowTest.tap("Continue");

            assertThat(_find(TreatmentCard.class)).noneMatch(c -> "RELAXING_LEGS".equals(c.getElement().getAttribute("data-code")));
            assertThat(_find(Paragraph.class, spec -> spec.withText(
                    "Our menu has just changed, and something you chose is no longer offered. Please choose again.")))
                    .hasSize(1);
        } finally {
            asManager(() -> editor.setActive(id, editor.treatment(id).version(), true, BookingsDecision.KEEP));
        }
    }
}
