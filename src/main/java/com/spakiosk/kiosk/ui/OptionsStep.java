package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.Quote;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.menu.ui.AddOnCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2: how long, and which add-ons. Only add-ons that go with the treatment are offered.
 * The total price and time update with every tap; the finishing time shows when the guest
 * could start soon.
 */
class OptionsStep extends Section {

    private final KioskFlow flow;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Span total = new Span();
    private final MenuTexts texts;
    private final KioskFormats formats;
    private final KioskNavigator navigator;
    private final Div problem = new Div();

    OptionsStep(KioskFlow flow, KioskNavigator navigator) {
        this.flow = flow;
        this.navigator = navigator;
        this.texts = flow.texts(getLocale());
        this.formats = new KioskFormats(this, getLocale(), flow.zone());
        addClassName("kiosk-step");
        MenuTreatment treatment = flow.chosenTreatment();
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.MENU), KioskStep.OPTIONS));
        add(new H1(texts.name(treatment)), new Paragraph(texts.description(treatment)));

        add(new H2(getTranslation("kiosk.options.duration")));
        var durations = new Div();
        durations.addClassName("kiosk-choices");
        for (MenuTreatment.MenuVariant variant : treatment.variants()) {
            var button = new Button(getTranslation("kiosk.options.variant", variant.durationMinutes(),
                    variant.price().format(getLocale())), e -> {
                flow.choose(variant);
                refresh();
            });
            button.addClassName("kiosk-choice");
            refreshers.add(() -> pressed(button, variant.equals(flow.chosenVariant())));
            durations.add(button);
        }
        add(durations);

        List<MenuAddOn> addOns = flow.addOnsForChoice();
        if (!addOns.isEmpty()) {
            add(new H2(getTranslation("kiosk.options.addOns")));
            var cards = new Div();
            cards.addClassName("kiosk-addons");
            addOns.forEach(a -> cards.add(addOnCard(a)));
            add(cards);
        }

        var next = new Button(getTranslation("kiosk.continue"), e -> navigator.show(KioskStep.SCREENING));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("kiosk-next");
        total.addClassName("kiosk-total");
        total.getElement().setAttribute("aria-live", "polite");
        var footer = new Div(problem, total, next);
        footer.addClassName("kiosk-footer");
        add(footer);
        refresh();
    }

    private Div addOnCard(MenuAddOn addOn) {
        var card = new AddOnCard(addOn, flow.content(getLocale()), () -> {
            flow.toggle(addOn);
            refresh();
        });
        refreshers.add(() -> pressed(card.toggle(), flow.has(addOn)));
        card.options().ifPresent(options -> {
            options.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    flow.chooseOption(addOn, e.getValue().code());
                }
            });
            refreshers.add(() -> {
                options.setVisible(flow.has(addOn));
                addOn.options().stream().filter(o -> o.code().equals(flow.option(addOn))).findFirst()
                        .ifPresent(options::setValue);
            });
        });
        return card;
    }

    private void refresh() {
        refreshers.forEach(Runnable::run);
        Quote quote;
        try {
            quote = flow.quote();
        } catch (BookingException e) {
            if (!MenuChangedNotice.explains(e)) {
                throw e;
            }
            total.setText("");
            problem.removeAll();
            problem.add(new MenuChangedNotice(flow, navigator, e));
            return;
        }
        String text = getTranslation("kiosk.total", quote.price().format(getLocale()), quote.minutes());
        // The finishing time only when the guest could really start soon (not when the spa is closed).
        text += flow.soonestStart().map(slot -> " · " + getTranslation("kiosk.options.finishing",
                formats.time(slot.start()), formats.time(slot.end()))).orElse("");
        total.setText(text);
    }

    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.getElement().getClassList().set("selected", on);
    }
}
