package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.ScreeningConsent;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** Step 6: everything at a glance (treatment, add-ons, therapist, room, time, price), then confirm. */
class ReviewStep extends Section {

    private final MenuTexts texts;

    ReviewStep(KioskView kiosk, Guest guest) {
        addClassName("kiosk-step");
        var draft = kiosk.draft;
        texts = new MenuTexts(getLocale());
        Slot slot = draft.hold().slot();
        add(new StepNavigation(getTranslation("kiosk.back"), kiosk::showDetails, 6));
        add(new H1(getTranslation("kiosk.review.title")));

        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        var until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        String addOns = draft.addOns().entrySet().stream().map(e -> label(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        var list = new DescriptionList();
        list.addClassName("kiosk-review");
        item(list, "kiosk.review.treatment", getTranslation("kiosk.review.treatmentValue", texts.name(draft.treatment()),
                draft.variant().durationMinutes()));
        item(list, "kiosk.review.addOns", addOns.isEmpty() ? getTranslation("kiosk.review.none") : addOns);
        item(list, "kiosk.review.when", getTranslation("kiosk.review.whenValue",
                when.format(slot.start().atZone(kiosk.spa.zone())), until.format(slot.end().atZone(kiosk.spa.zone()))));
        item(list, "kiosk.review.therapist", kiosk.therapistName(slot.therapistId()));
        item(list, "kiosk.review.room", kiosk.roomName(slot.roomId()));
        item(list, "kiosk.review.guest", guest.firstName() + " · " + (guest.phone() != null ? guest.phone() : guest.email()));
        item(list, "kiosk.review.price", draft.hold().price().format(getLocale()));
        add(list);

        var problem = new Paragraph();
        problem.addClassName("kiosk-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var confirm = new Button(getTranslation("kiosk.review.confirm"), e -> {
            try {
                ScreeningConsent consent = draft.consentAt() == null ? null
                        : new ScreeningConsent(draft.yesAnswers(), draft.consentAt());
                Confirmation confirmation = kiosk.bookings.confirm(draft.hold().bookingId(), draft.owner(), guest, consent);
                kiosk.showDone(confirmation, guest);
            } catch (BookingException ex) {
                problem.setText(getTranslation(ex.reason() == BookingException.Reason.HOLD_EXPIRED
                        ? "kiosk.review.expired" : "kiosk.review.failed"));
                problem.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("kiosk-next");
        var footer = new Div(problem, confirm);
        footer.addClassName("kiosk-footer");
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
