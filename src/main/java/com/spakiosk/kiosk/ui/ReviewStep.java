package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.Guest;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.stream.Collectors;

/** Step 6: everything at a glance (treatment, add-ons, therapist, room, time, price), then confirm. */
class ReviewStep extends Section {

    private final MenuTexts texts;

    ReviewStep(KioskFlow flow, KioskNavigator navigator) {
        addClassName("kiosk-step");
        texts = flow.texts(getLocale());
        var formats = new KioskFormats(this, getLocale(), flow.zone());
        Slot slot = flow.hold().slot();
        Guest guest = flow.guest();
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.DETAILS), KioskStep.REVIEW));
        add(new H1(getTranslation("kiosk.review.title")));

        String addOns = flow.chosenAddOns().entrySet().stream().map(e -> label(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        var list = new DescriptionList();
        list.addClassName("kiosk-review");
        item(list, "kiosk.review.treatment", getTranslation("kiosk.review.treatmentValue",
                texts.name(flow.chosenTreatment()), flow.chosenVariant().durationMinutes()));
        item(list, "kiosk.review.addOns", addOns.isEmpty() ? getTranslation("kiosk.review.none") : addOns);
        item(list, "kiosk.review.when", getTranslation("kiosk.review.whenValue", formats.fullDate(slot.start()),
                formats.time(slot.start()), formats.time(slot.end())));
        item(list, "kiosk.review.therapist", flow.therapistName(slot.therapistId()));
        item(list, "kiosk.review.room", flow.room(slot.roomId()).map(texts::room).orElse(""));
        item(list, "kiosk.review.guest", guest.firstName() + " · " + (guest.phone() != null ? guest.phone() : guest.email()));
        item(list, "kiosk.review.price", flow.hold().price().format(getLocale()));
        add(list);

        var problem = new Paragraph();
        problem.addClassName("kiosk-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var footer = new Div();
        footer.addClassName("kiosk-footer");
        var confirm = new Button(getTranslation("kiosk.review.confirm"), e -> {
            try {
                flow.confirm();
                navigator.show(KioskStep.DONE);
            } catch (BookingException ex) {
                if (MenuChangedNotice.explains(ex)) {
                    // The treatment or an add-on left the menu since the guest chose it.
                    problem.setVisible(false);
                    e.getSource().setVisible(false);
                    footer.add(new MenuChangedNotice(flow, navigator, ex));
                    return;
                }
                problem.setText(getTranslation(ex.reason() == BookingException.Reason.HOLD_EXPIRED
                        ? "kiosk.review.expired" : "kiosk.review.failed"));
                problem.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("kiosk-next");
        footer.add(problem, confirm);
        add(footer);
    }

    private String label(MenuAddOn addOn, String option) {
        return option == null ? texts.name(addOn) : texts.name(addOn) + " (" + addOn.options().stream()
                .filter(o -> o.code().equals(option)).map(o -> texts.option(addOn, o)).findFirst().orElse(option) + ")";
    }

    private void item(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
