package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.menu.TreatmentCategory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KioskMenuViewTest extends KaribuTest {

    @Test
    void an_anonymous_guest_sees_every_treatment_as_a_card_in_category_order() {
        UI.getCurrent().navigate(KioskMenuView.class);
        var cards = _find(_get(KioskMenuView.class), TreatmentCard.class);
        assertThat(cards).hasSize(6);
        assertThat(cards).extracting(c -> TreatmentCategory.valueOf(c.getElement().getAttribute("data-category")))
                .isSorted().containsAll(Arrays.asList(TreatmentCategory.values()));
        assertThat(cards).extracting(c -> _get(c, Span.class, spec -> spec.withClasses("treatment-card__category")).getText())
                .contains("Relaxing", "Lymphatic drainage", "Anti-cellulite", "Preventive", "Classical therapeutic");
    }

    @Test
    void a_card_shows_name_durations_and_the_from_price_from_the_database() {
        UI.getCurrent().navigate(KioskMenuView.class);
        var card = _find(_get(KioskMenuView.class), TreatmentCard.class).stream()
                .filter(c -> "RELAXING_FOOT".equals(c.getElement().getAttribute("data-code"))).findFirst().orElseThrow();
        assertThat(_get(card, H3.class).getText()).isEqualTo("Relaxing foot ritual");
        assertThat(_find(card, Span.class)).extracting(Span::getText).contains("30 min", "45 min", "60 min",
                "from €36.00");
    }
}
