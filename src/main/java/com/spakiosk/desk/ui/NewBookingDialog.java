package com.spakiosk.desk.ui;

import com.spakiosk.base.ContactCheck;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.screening.ScreeningQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A booking taken at the desk: treatment, duration, add-ons, the screening asked by the clerk,
 * a time from the engine and the guest; then the code and a printable slip. "Walk-in now" offers
 * the earliest starts from now with any therapist. A tapped free cell preselects its therapist
 * and time when the choice fits there. Any change to the choice asks for the times again, so a
 * time is never booked for a choice the screening has not seen.
 */
class NewBookingDialog extends Dialog {

    /** A new booking for a day, or a walk-in from now. */
    enum Mode { NEW, WALK_IN }

    /** The free cell the clerk tapped: this therapist at this time. */
    record Tap(long therapistId, Instant start) {
    }

    private final DeskBookingFlow flow;
    private final Mode mode;
    private final Tap tap;
    private final Runnable onBooked;
    private final DateTimeFormatter time;
    /** The menu and screening in the clerk's language, as the kiosk shows them to guests. */
    private final MenuContent texts;

    private final Select<MenuTreatment> treatment = new Select<>();
    private final RadioButtonGroup<MenuTreatment.MenuVariant> duration = new RadioButtonGroup<>();
    private final Div addOnBox = new Div();
    private final Map<MenuAddOn, Checkbox> addOnChecks = new LinkedHashMap<>();
    private final Map<MenuAddOn, Select<MenuAddOn.Option>> options = new LinkedHashMap<>();
    private final CheckboxGroup<ScreeningQuestion> answers = new CheckboxGroup<>();
    private final Checkbox consent = new Checkbox();
    private final DatePicker day = new DatePicker();
    private final Div advice = new Div();
    private final RadioButtonGroup<Slot> times = new RadioButtonGroup<>();
    private final DeskGuestPicker guest;
    private final Paragraph message = new Paragraph();
    private final Button book = new Button();

    NewBookingDialog(DeskBookingFlow flow, Mode mode, LocalDate date, Tap tap, Runnable onBooked) {
        this.flow = flow;
        this.mode = mode;
        this.tap = tap;
        this.onBooked = onBooked;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(flow.zone());
        this.texts = flow.texts(getLocale());
        addClassName("desk-new-booking");
        setHeaderTitle(getTranslation(mode == Mode.WALK_IN ? "desk.walkIn" : "desk.newBooking"));
        setModal(true);
        setWidth("min(44rem, 100vw)");

        treatment.setLabel(getTranslation("desk.new.treatment"));
        treatment.setItems(flow.menu());
        treatment.setItemLabelGenerator(texts::name);
        treatment.addValueChangeListener(e -> treatmentChosen(e.getValue()));
        duration.setLabel(getTranslation("desk.new.duration"));
        duration.setItemLabelGenerator(v -> getTranslation("desk.new.variant", v.durationMinutes(),
                v.price().format(getLocale())));
        duration.addValueChangeListener(e -> choiceChanged());
        addOnBox.addClassName("desk-new-addons");
        answers.setLabel(getTranslation("desk.new.screening"));
        answers.setHelperText(getTranslation("desk.new.screeningHelp"));
        answers.setItems(flow.questions());
        answers.setItemLabelGenerator(q -> texts.text("question." + q.getCode(), q.getQuestion()));
        answers.addValueChangeListener(e -> choiceChanged());
        consent.setLabel(getTranslation("desk.new.consent"));
        consent.addValueChangeListener(e -> choiceChanged());
        day.setLabel(getTranslation("desk.date"));
        day.setLocale(getLocale());
        day.setValue(date);
        day.setVisible(mode == Mode.NEW);
        day.addValueChangeListener(e -> choiceChanged());
        var find = new Button(getTranslation("desk.new.findTimes"), e -> findTimes());
        advice.addClassName("desk-new-advice");
        times.setLabel(getTranslation("desk.new.time"));
        times.setItemLabelGenerator(this::describe);
        times.addClassName("desk-new-times");
        guest = new DeskGuestPicker(flow::findGuests, new ContactCheck(flow.country()));
        message.addClassName("desk-new-message");
        message.getElement().setAttribute("role", "status");
        add(section("desk.new.what", treatment, duration, addOnBox),
                section("desk.new.health", answers, consent),
                section("desk.new.when", day, find, advice, times),
                section("desk.new.who", guest),
                message);

        book.setText(getTranslation("desk.new.book"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(e -> book());
        book.setEnabled(false);
        getFooter().add(new Button(getTranslation("desk.new.cancel"), e -> close()), book);
    }

    private static Div section(String titleKey, com.vaadin.flow.component.Component... parts) {
        var section = new Div();
        section.addClassName("desk-new-section");
        section.add(new H3(section.getTranslation(titleKey)));
        section.add(parts);
        return section;
    }

    private String describe(Slot slot) {
        return getTranslation("desk.new.slot", time.format(slot.start()), flow.therapistName(slot.therapistId()),
                flow.roomName(slot.roomId(), texts));
    }

    // ---------------------------------------------------------------- the choice

    private void treatmentChosen(MenuTreatment chosen) {
        duration.setItems(chosen == null ? List.of() : chosen.variants());
        if (chosen != null && chosen.variants().size() == 1) {
            duration.setValue(chosen.variants().getFirst());
        }
        addOnBox.removeAll();
        addOnChecks.clear();
        options.clear();
        for (MenuAddOn addOn : flow.addOnsFor(chosen)) {
            var check = new Checkbox(getTranslation("desk.new.addOn", texts.name(addOn), addOn.price().format(getLocale()),
                    addOn.extraMinutes()));
            addOnChecks.put(addOn, check);
            var row = new Div(check);
            row.addClassName("desk-new-addon");
            if (!addOn.options().isEmpty()) {
                Select<MenuAddOn.Option> option = new Select<>();
                option.setLabel(getTranslation("desk.new.option", texts.name(addOn)));
                option.setItems(addOn.options());
                option.setItemLabelGenerator(o -> texts.option(addOn, o.code()));
                option.setVisible(false);
                option.addValueChangeListener(e -> choiceChanged());
                options.put(addOn, option);
                row.add(option);
            }
            check.addValueChangeListener(e -> {
                Optional.ofNullable(options.get(addOn)).ifPresent(o -> o.setVisible(e.getValue()));
                choiceChanged();
            });
            addOnBox.add(row);
        }
        choiceChanged();
    }

    /** The choice changed: the times shown were for another one. */
    private void choiceChanged() {
        times.setItems(List.of());
        advice.removeAll();
        book.setEnabled(false);
        message.setText("");
    }

    private Map<MenuAddOn, String> chosenAddOns() {
        Map<MenuAddOn, String> chosen = new LinkedHashMap<>();
        addOnChecks.forEach((addOn, check) -> {
            if (check.getValue()) {
                var option = options.get(addOn);
                chosen.put(addOn, option == null || option.getValue() == null ? null : option.getValue().code());
            }
        });
        return chosen;
    }

    // ---------------------------------------------------------------- screening and times

    private void findTimes() {
        choiceChanged();
        flow.choose(treatment.getValue(), duration.getValue(), chosenAddOns(),
                answers.getValue().stream().map(ScreeningQuestion::getCode).collect(Collectors.toSet()),
                consent.getValue());
        if (!flow.isComplete()) {
            message.setText(getTranslation("desk.new.chooseFirst"));
            return;
        }
        switch (flow.check()) {
            case DeskBookingFlow.Check.NeedsConsent n -> {
                say("desk.new.needsConsent");
                return;
            }
            case DeskBookingFlow.Check.Blocked blocked -> {
                refuse(blocked);
                return;
            }
            case DeskBookingFlow.Check.AddOnsRuledOut ruledOut -> {
                ruledOut.addOns().forEach(r -> advice.add(note("desk-refusal", getTranslation("desk.new.addOnRuledOut",
                        texts.name(r.addOn()), reasons(r.reasons())))));
                advice.add(note("desk-refusal", getTranslation("desk.new.untick")));
                return;
            }
            case DeskBookingFlow.Check.Fine fine -> {
                if (fine.needsReview()) {
                    advice.add(note("desk-review", getTranslation("desk.new.needsReview")));
                }
            }
        }
        showTimes();
    }

    private void refuse(DeskBookingFlow.Check.Blocked blocked) {
        advice.add(note("desk-refusal", getTranslation("desk.new.blocked", texts.name(treatment.getValue()),
                reasons(blocked.reasons()))));
        advice.add(note("desk-alternatives", blocked.alternatives().isEmpty()
                ? getTranslation("desk.new.noAlternatives")
                : getTranslation("desk.new.alternatives",
                blocked.alternatives().stream().map(texts::name).collect(Collectors.joining(", ")))));
    }

    /** The rules' reasons in the clerk's language, as the kiosk words them for the guest. */
    private String reasons(List<ScreeningAdvice.Reason> reasons) {
        return reasons.stream().map(r -> texts.blockedReason(r.questionCode(), r.targetCode(), r.text())).distinct()
                .collect(Collectors.joining(" "));
    }

    private void showTimes() {
        List<Slot> found = new ArrayList<>(mode == Mode.WALK_IN ? flow.walkInTimes()
                : day.getValue() == null ? List.of() : flow.times(day.getValue()));
        Slot preselected = null;
        if (tap != null && mode == Mode.NEW) {
            Optional<Slot> tapped = flow.slotAt(tap.therapistId(), tap.start());
            if (tapped.isPresent()) {
                preselected = tapped.get();
                found.removeIf(s -> s.start().equals(tap.start()) && s.therapistId() == tap.therapistId());
                found.addFirst(preselected);
            } else {
                advice.add(note("desk-note", getTranslation("desk.new.tapDoesNotFit", time.format(tap.start()),
                        flow.therapistName(tap.therapistId()))));
            }
        } else if (mode == Mode.WALK_IN && !found.isEmpty()) {
            preselected = found.getFirst();
        }
        if (found.isEmpty()) {
            say(mode == Mode.WALK_IN ? "desk.new.noWalkIn" : "desk.new.noTimes");
            return;
        }
        times.setItems(found);
        times.setValue(preselected);
        book.setEnabled(true);
    }

    private Paragraph note(String kind, String text) {
        var note = new Paragraph(text);
        note.addClassNames("desk-new-note", kind);
        return note;
    }

    private void say(String key) {
        message.setText(getTranslation(key));
    }

    // ---------------------------------------------------------------- book

    private void book() {
        Slot slot = times.getValue();
        if (slot == null) {
            say("desk.new.chooseTime");
            return;
        }
        Optional<Guest> who = guest.guest();
        if (who.isEmpty()) {
            message.setText(guest.formError().orElse(getTranslation("desk.new.checkGuest")));
            return;
        }
        try {
            switch (flow.book(slot, who.get())) {
                case DeskBookingFlow.Outcome.Booked booked -> booked(booked, who.get());
                case DeskBookingFlow.Outcome.JustTaken taken -> {
                    times.setItems(taken.nextFree());
                    say(taken.nextFree().isEmpty() ? "desk.new.justTakenNoOther" : "desk.new.justTaken");
                }
            }
        } catch (BookingException e) {
            message.setText(getTranslation("desk.new.refused." + switch (e.reason()) {
                case SCREENING_BLOCKED, IN_THE_PAST, OUTSIDE_SHIFT, DURING_TIME_OFF -> e.reason().name();
                default -> "OTHER";
            }));
        }
    }

    private void booked(DeskBookingFlow.Outcome.Booked booked, Guest who) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("desk.new.booked"));
        var confirmation = booked.confirmation();
        int minutes = (int) java.time.Duration.between(confirmation.start(), confirmation.end()).toMinutes();
        add(new Paragraph(getTranslation("desk.new.bookedCode", confirmation.referenceCode())));
        if (confirmation.screeningReviewRequired()) {
            add(note("desk-review", getTranslation("desk.new.needsReview")));
        }
        add(new BookingSlip(flow, confirmation, who.firstName(), minutes));
        var print = new Button(getTranslation("desk.slip.print"), e -> getElement().executeJs("window.print()"));
        var done = new Button(getTranslation("desk.new.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(print, done);
        onBooked.run();
    }
}
