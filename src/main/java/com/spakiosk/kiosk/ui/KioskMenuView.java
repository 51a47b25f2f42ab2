package com.spakiosk.kiosk.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The kiosk's treatment menu: the real menu from the database, by category, as large cards. */
@Route("")
@AnonymousAllowed
public class KioskMenuView extends Main implements HasDynamicTitle {

    private final String spaName;

    public KioskMenuView(MenuService menu, SpaProperties spa) {
        this.spaName = spa.name();
        // The kiosk starts in English whatever the browser sends; the guest chooses a language.
        UI.getCurrent().setLocale(Locale.ENGLISH);
        addClassName("kiosk");
        var title = new H1(spaName);
        var subtitle = new Paragraph(getTranslation("kiosk.subtitle"));
        var hero = new Header(title, subtitle);
        hero.addClassName("kiosk-hero");
        add(hero);

        List<MenuTreatment> treatments = menu.activeMenu();
        if (treatments.isEmpty()) {
            var empty = new Paragraph(getTranslation("kiosk.empty"));
            empty.addClassName("kiosk-empty");
            add(empty);
            return;
        }
        // One grid in category order: six to a dozen cards fill a landscape screen without scrolling.
        var cards = new Div();
        cards.addClassName("kiosk-cards");
        treatments.stream()
                .sorted(Comparator.comparing(MenuTreatment::category))
                .forEach(t -> cards.add(new TreatmentCard(t, getTranslation("category." + t.category().name()),
                        getLocale())));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return spaName;
    }
}
