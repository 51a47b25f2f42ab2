package com.spakiosk.menu.ui;

import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import java.util.Optional;

/**
 * One add-on as the kiosk's options step offers it: a large toggle with its name, what it is and
 * what it adds (minutes, price), and its options (the oils) to choose from, in the language of
 * {@code texts}. The kiosk wires the toggle and the choice; the manager's preview shows the same card.
 */
public class AddOnCard extends Div {

    private final Button toggle = new Button();
    private final RadioButtonGroup<MenuAddOn.Option> options;

    public AddOnCard(MenuAddOn addOn, MenuContent texts, Runnable onToggle) {
        Locale locale = texts.locale();
        addClassName("addon");
        toggle.addClickListener(e -> onToggle.run());
        toggle.addClassName("addon-card");
        toggle.getElement().setAttribute("data-code", addOn.code());
        var name = new Span(texts.name(addOn));
        name.addClassName("addon-card__name");
        var extra = new Span(addOn.extraMinutes() > 0
                ? getTranslation(locale, "kiosk.options.addOnExtra", addOn.extraMinutes(), addOn.price().format(locale))
                : getTranslation(locale, "kiosk.options.addOnPrice", addOn.price().format(locale)));
        extra.addClassName("addon-card__extra");
        var description = new Span(texts.description(addOn));
        description.addClassName("addon-card__description");
        toggle.getElement().appendChild(name.getElement(), description.getElement(), extra.getElement());
        add(toggle);

        if (addOn.options().isEmpty()) {
            options = null;
        } else {
            options = new RadioButtonGroup<>(getTranslation(locale, "kiosk.options.choose", texts.name(addOn)));
            options.addClassName("addon-options");
            options.setItems(addOn.options());
            options.setItemLabelGenerator(o -> texts.option(addOn, o.code()));
            add(options);
        }
    }

    /** The toggle the guest taps to take or leave the add-on. */
    public Button toggle() {
        return toggle;
    }

    /** The choice among the add-on's options, if it has any. */
    public Optional<RadioButtonGroup<MenuAddOn.Option>> options() {
        return Optional.ofNullable(options);
    }
}
