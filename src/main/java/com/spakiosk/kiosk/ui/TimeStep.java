package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.SlotSearch;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.staff.Therapist;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Step 4: when. The earliest slot first, with how soon it starts; more times that day; other
 * days; "any therapist" unless the guest names one. Tapping a time holds it.
 */
class TimeStep extends Section {

    static final int DAYS_AHEAD = 7;
    static final int TIMES_SHOWN = 12;

    private final KioskView kiosk;
    private final Map<Long, Therapist> therapists;
    private final Div times = new Div();
    private final Paragraph notice = new Paragraph();
    private LocalDate day;
    private Long therapistId;

    TimeStep(KioskView kiosk, List<String> notes, boolean needsReview) {
        this.kiosk = kiosk;
        this.therapists = kiosk.data.therapists().stream()
                .collect(Collectors.toMap(Therapist::getId, Function.identity()));
        this.day = LocalDate.now(kiosk.clock.withZone(zone()));
        addClassName("kiosk-step");
        add(new StepNavigation(getTranslation("kiosk.back"), kiosk::showScreening, 4));
        add(new H1(getTranslation("kiosk.time.title")));
        notes.forEach(n -> add(info(n)));
        if (needsReview) {
            add(info(getTranslation("kiosk.time.review")));
        }
        notice.addClassName("kiosk-problem");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
        add(notice, therapistChoice(), dayChoice(), times);
        times.addClassName("kiosk-times");
        showTimes();
    }

    private Select<Long> therapistChoice() {
        var select = new Select<Long>();
        select.setLabel(getTranslation("kiosk.time.therapist"));
        select.addClassName("kiosk-therapist");
        long treatment = kiosk.draft.treatment().id();
        select.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(0L), therapists.values().stream()
                .filter(t -> t.isQualifiedFor(treatment)).map(Therapist::getId)).toList());
        select.setItemLabelGenerator(id -> id == 0L ? getTranslation("kiosk.time.anyTherapist")
                : therapists.get(id).getDisplayName());
        select.setValue(0L);
        select.addValueChangeListener(e -> {
            therapistId = e.getValue() == null || e.getValue() == 0L ? null : e.getValue();
            showTimes();
        });
        return select;
    }

    private Div dayChoice() {
        var days = new Div();
        days.addClassName("kiosk-days");
        LocalDate today = day;
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
        for (int i = 0; i < DAYS_AHEAD; i++) {
            LocalDate d = today.plusDays(i);
            String label = i == 0 ? getTranslation("kiosk.time.today") : i == 1 ? getTranslation("kiosk.time.tomorrow")
                    : d.format(format);
            var button = new Button(label, e -> {
                day = d;
                days.getChildren().forEach(c -> c.getElement().setAttribute("aria-pressed", "false"));
                e.getSource().getElement().setAttribute("aria-pressed", "true");
                showTimes();
            });
            button.addClassName("kiosk-day");
            button.getElement().setAttribute("aria-pressed", String.valueOf(i == 0));
            days.add(button);
        }
        return days;
    }

    private void showTimes() {
        times.removeAll();
        Instant now = kiosk.clock.instant();
        Instant from = day.atStartOfDay(zone()).toInstant();
        Instant earliest = kiosk.earliestStart();
        from = from.isBefore(earliest) ? earliest : from;
        Instant until = day.plusDays(1).atStartOfDay(zone()).toInstant();
        List<Slot> slots = from.isBefore(until) ? kiosk.availability.findSlots(new SlotSearch(
                kiosk.draft.treatment().id(), kiosk.draft.variant().id(), kiosk.draft.addOnIds(), from, until,
                therapistId, TIMES_SHOWN)) : List.of();
        render(slots, now);
    }

    private void render(List<Slot> slots, Instant now) {
        times.removeAll();
        if (slots.isEmpty()) {
            times.add(new Paragraph(getTranslation("kiosk.time.none")));
            return;
        }
        Slot first = slots.getFirst();
        long minutes = (Duration.between(now, first.start()).toSeconds() + 59) / 60; // "in 17 minutes", rounded up
        String who = therapistId == null ? getTranslation("kiosk.time.anyTherapist")
                : therapists.get(therapistId).getDisplayName();
        var earliest = new Button(getTranslation(minutes < 120 ? "kiosk.time.earliestSoon" : "kiosk.time.earliest",
                time(first.start()), who, minutes), e -> hold(first));
        earliest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        earliest.addClassName("kiosk-earliest");
        times.add(earliest);
        if (slots.size() > 1) {
            times.add(new H2(getTranslation("kiosk.time.more")));
            var grid = new Div();
            grid.addClassName("kiosk-time-grid");
            slots.subList(1, slots.size()).forEach(s -> {
                var button = new Button(time(s.start()), e -> hold(s));
                button.addClassName("kiosk-time");
                grid.add(button);
            });
            times.add(grid);
        }
    }

    private void hold(Slot slot) {
        var draft = kiosk.draft;
        try {
            HoldOutcome outcome = kiosk.bookings.hold(new HoldRequest(draft.treatment().id(), draft.variant().id(),
                    draft.addOnChoices(), slot.start(), slot.therapistId(), slot.roomId(), draft.owner(),
                    BookingChannel.KIOSK, draft.yesAnswers()));
            switch (outcome) {
                case HoldOutcome.Held held -> {
                    draft.held(held);
                    kiosk.showDetails();
                }
                case HoldOutcome.JustTaken taken -> {
                    notice.setText(getTranslation("kiosk.time.justTaken", time(slot.start())));
                    notice.setVisible(true);
                    render(taken.nextFree(), kiosk.clock.instant());
                }
            }
        } catch (BookingException e) {
            notice.setText(getTranslation("kiosk.time.notPossible"));
            notice.setVisible(true);
            showTimes();
        }
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        return kiosk.spa.zone();
    }

    private static Paragraph info(String text) {
        var p = new Paragraph(text);
        p.addClassName("kiosk-info");
        return p;
    }
}
