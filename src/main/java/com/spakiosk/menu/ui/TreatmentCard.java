package com.spakiosk.menu.ui;

import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTreatment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One treatment as a large touch card (a button): its kind, name, what it is, what it helps with,
 * durations, "from" price, in the language of {@code texts}. The kiosk's menu shows it, and the
 * manager's preview shows the same card in each language.
 */
public class TreatmentCard extends Div {

    public TreatmentCard(MenuTreatment treatment, MenuContent texts, Runnable onChoose) {
        var locale = texts.locale();
        addClassName("treatment-card");
        // A card is one big button: reachable by keyboard, announced by name, tapped anywhere.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", texts.name(treatment));
        addClickListener(e -> onChoose.run());
        getElement().addEventListener("keydown", e -> onChoose.run()).setFilter("event.key === 'Enter' || event.key === ' '");
        getElement().setAttribute("data-code", treatment.code());
        getElement().setAttribute("data-category", treatment.category().name());
        getElement().setAttribute("role", "button");

        var category = new Span(getTranslation(locale, "category." + treatment.category().name()));
        category.addClassName("treatment-card__category");
        add(category);

        var name = new H3(texts.name(treatment));
        name.addClassName("treatment-card__name");
        var summary = new Paragraph(texts.summary(treatment));
        summary.addClassName("treatment-card__summary");
        add(name, summary);

        if (!treatment.helpsWith().isBlank()) {
            var helps = new Paragraph(getTranslation(locale, "kiosk.card.helpsWith", texts.helpsWith(treatment)));
            helps.addClassName("treatment-card__helps");
            add(helps);
        }

        var durations = new Div();
        durations.addClassName("treatment-card__durations");
        treatment.variants().forEach(v ->
                durations.add(new Span(getTranslation(locale, "kiosk.card.minutes", v.durationMinutes()))));
        var price = new Span(getTranslation(locale, "kiosk.card.from", treatment.fromPrice().format(locale)));
        price.addClassName("treatment-card__price");
        var footer = new Div(durations, price);
        footer.addClassName("treatment-card__footer");
        add(footer);
    }
}
