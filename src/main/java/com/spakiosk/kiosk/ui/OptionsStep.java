package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2: how long, and which add-ons. Only add-ons that go with the treatment are offered.
 * The total price and time update with every tap.
 */
class OptionsStep extends Section {

    private final KioskView kiosk;
    private final BookingDraft draft;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Span total = new Span();
    private final MenuTexts texts;

    OptionsStep(KioskView kiosk) {
        this.kiosk = kiosk;
        this.draft = kiosk.draft;
        addClassName("kiosk-step");
        MenuTreatment treatment = draft.treatment();
        texts = new MenuTexts(getLocale());
        add(new StepNavigation(getTranslation("kiosk.back"), kiosk::showMenu, 2));
        add(new H1(texts.name(treatment)), new Paragraph(texts.description(treatment)));

        add(new H2(getTranslation("kiosk.options.duration")));
        var durations = new Div();
        durations.addClassName("kiosk-choices");
        for (MenuTreatment.MenuVariant variant : treatment.variants()) {
            var button = new Button(getTranslation("kiosk.options.variant", variant.durationMinutes(),
                    variant.price().format(getLocale())), e -> {
                draft.choose(variant);
                refresh();
            });
            button.addClassName("kiosk-choice");
            refreshers.add(() -> pressed(button, variant.equals(draft.variant())));
            durations.add(button);
        }
        add(durations);

        List<MenuAddOn> addOns = kiosk.data.addOns().stream().filter(a -> a.goesWith(treatment.id())).toList();
        if (!addOns.isEmpty()) {
            add(new H2(getTranslation("kiosk.options.addOns")));
            var cards = new Div();
            cards.addClassName("kiosk-addons");
            addOns.forEach(a -> cards.add(addOnCard(a)));
            add(cards);
        }

        var next = new Button(getTranslation("kiosk.continue"), e -> kiosk.showScreening());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("kiosk-next");
        total.addClassName("kiosk-total");
        total.getElement().setAttribute("aria-live", "polite");
        var footer = new Div(total, next);
        footer.addClassName("kiosk-footer");
        add(footer);
        refresh();
    }

    private Div addOnCard(MenuAddOn addOn) {
        var toggle = new Button();
        toggle.addClickListener(e -> {
            draft.toggle(addOn, !draft.has(addOn));
            refresh();
        });
        toggle.addClassName("addon-card");
        toggle.getElement().setAttribute("data-code", addOn.code());
        var name = new Span(texts.name(addOn));
        name.addClassName("addon-card__name");
        var extra = new Span(addOn.extraMinutes() > 0
                ? getTranslation("kiosk.options.addOnExtra", addOn.extraMinutes(), addOn.price().format(getLocale()))
                : getTranslation("kiosk.options.addOnPrice", addOn.price().format(getLocale())));
        extra.addClassName("addon-card__extra");
        var description = new Span(texts.description(addOn));
        description.addClassName("addon-card__description");
        toggle.getElement().appendChild(name.getElement(), description.getElement(), extra.getElement());
        refreshers.add(() -> pressed(toggle, draft.has(addOn)));
        var card = new Div(toggle);
        card.addClassName("addon");

        if (!addOn.options().isEmpty()) {
            var options = new RadioButtonGroup<MenuAddOn.Option>(getTranslation("kiosk.options.choose", texts.name(addOn)));
            options.addClassName("addon-options");
            options.setItems(addOn.options());
            options.setItemLabelGenerator(o -> texts.option(addOn, o));
            options.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    draft.chooseOption(addOn, e.getValue().code());
                }
            });
            refreshers.add(() -> {
                options.setVisible(draft.has(addOn));
                addOn.options().stream().filter(o -> o.code().equals(draft.option(addOn))).findFirst()
                        .ifPresent(options::setValue);
            });
            card.add(options);
        }
        return card;
    }

    private void refresh() {
        refreshers.forEach(Runnable::run);
        // The finishing time if the guest starts at the first possible moment from now.
        var zone = kiosk.spa.zone();
        var start = kiosk.earliestStart();
        var format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        total.setText(getTranslation("kiosk.total", draft.total().format(getLocale()), draft.minutes())
                + " · " + getTranslation("kiosk.options.finishing", format.format(start.atZone(zone)),
                format.format(start.plusSeconds(60L * draft.minutes()).atZone(zone))));
    }

    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.getElement().getClassList().set("selected", on);
    }
}
