package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.HoldOutcome;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 4: when. It opens on the first day with a free time (and says so when that is not
 * today), shows the earliest slot first with how soon it starts, more times that day, other
 * days, and "any therapist" unless the guest names one. Tapping a time holds it.
 */
class TimeStep extends Section {

    /** Up to this long ahead, the earliest time also says "in 17 minutes". */
    private static final Duration SAY_HOW_SOON = Duration.ofHours(2);

    private final KioskFlow flow;
    private final KioskNavigator navigator;
    private final KioskFormats formats;
    private final Map<Long, Therapist> therapists;
    private final Div days = new Div();
    private final Div times = new Div();
    private final Paragraph notice = new Paragraph();
    /** Why the times open on a later day: information, not a problem. */
    private final Paragraph dayNotice = new Paragraph();
    private final Div problem = new Div();
    private final LocalDate today;
    private LocalDate day;
    private Long therapistId;

    TimeStep(KioskFlow flow, KioskNavigator navigator) {
        this.flow = flow;
        this.navigator = navigator;
        this.formats = new KioskFormats(this, getLocale(), flow.zone());
        this.therapists = flow.therapistsForChoice().stream()
                .collect(Collectors.toMap(Therapist::getId, Function.identity()));
        this.today = flow.today();
        this.day = today;
        addClassName("kiosk-step");
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.SCREENING), KioskStep.TIMES));
        add(new H1(getTranslation("kiosk.time.title")));
        if (flow.screening() instanceof ScreeningOutcome.Suitable suitable) {
            var texts = flow.texts(getLocale());
            suitable.leftOut().forEach(left -> add(info(getTranslation("kiosk.screening.addOnRemoved",
                    texts.name(left.addOn()), left.reasons().stream()
                            .map(texts::blockedReason).distinct().collect(Collectors.joining(" "))))));
            if (suitable.needsReview()) {
                add(info(getTranslation("kiosk.time.review")));
            }
        }
        notice.addClassName("kiosk-problem");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
        dayNotice.addClassNames("kiosk-info", "kiosk-day-notice");
        dayNotice.getElement().setAttribute("role", "status");
        dayNotice.setVisible(false);
        days.addClassName("kiosk-days");
        times.addClassName("kiosk-times");
        add(dayNotice, notice, problem, therapistChoice(), days, times);
        openOnFirstFreeDay();
    }

    private Select<Long> therapistChoice() {
        var select = new Select<Long>();
        select.setLabel(getTranslation("kiosk.time.therapist"));
        select.addClassName("kiosk-therapist");
        select.setItems(Stream.concat(Stream.of(0L), therapists.keySet().stream().sorted()).toList());
        select.setItemLabelGenerator(id -> id == 0L ? getTranslation("kiosk.time.anyTherapist")
                : therapists.get(id).getDisplayName());
        select.setValue(0L);
        select.addValueChangeListener(e -> {
            therapistId = e.getValue() == null || e.getValue() == 0L ? null : e.getValue();
            openOnFirstFreeDay();
        });
        return select;
    }

    /** Today if it has a free time; else the first day that has one, and why today has none. */
    private void openOnFirstFreeDay() {
        notice.setVisible(false);
        dayNotice.setVisible(false);
        Optional<Slot> first = flow.firstFree(therapistId);
        day = first.map(s -> formats.date(s.start())).orElse(today);
        if (first.isEmpty()) {
            explainDay(getTranslation("kiosk.time.noneAhead"));
        } else if (!day.equals(today)) {
            boolean openLaterToday = flow.nextOpening().map(formats::date).filter(today::equals).isPresent();
            explainDay(getTranslation(openLaterToday ? "kiosk.time.fullToday" : "kiosk.time.closedToday",
                    formats.when(first.get().start(), today)));
        }
        showDays();
        showTimes();
    }

    private void showDays() {
        days.removeAll();
        for (int i = 0; i < KioskFlow.DAYS_AHEAD; i++) {
            LocalDate d = today.plusDays(i);
            var button = new Button(formats.dayLabel(d, today), e -> {
                day = d;
                notice.setVisible(false);
                showDays();
                showTimes();
            });
            button.addClassName("kiosk-day");
            button.getElement().setAttribute("aria-pressed", String.valueOf(d.equals(day)));
            days.add(button);
        }
    }

    private void showTimes() {
        render(flow.slotsOn(day, therapistId));
    }

    private void render(List<Slot> slots) {
        times.removeAll();
        if (slots.isEmpty()) {
            times.add(new Paragraph(getTranslation(flow.isClosedOn(day) ? "kiosk.time.closedDay" : "kiosk.time.none")));
            return;
        }
        Slot first = slots.getFirst();
        // "Any therapist" has sentences of its own: German cannot put "beliebige/r" after "mit".
        String key = therapistId == null ? "kiosk.time.earliestAny" : "kiosk.time.earliest";
        String who = therapistId == null ? "" : therapists.get(therapistId).getDisplayName();
        Duration until = Duration.between(flow.now(), first.start());
        long minutes = (until.toSeconds() + 59) / 60; // "in 17 minutes", rounded up
        var earliest = new Button(until.compareTo(SAY_HOW_SOON) < 0
                ? getTranslation(key + "Soon", label(first), who, minutes)
                : getTranslation(key, label(first), who), e -> hold(first));
        earliest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        earliest.addClassName("kiosk-earliest");
        times.add(earliest);
        if (slots.size() > 1) {
            times.add(new H2(getTranslation("kiosk.time.more")));
            var grid = new Div();
            grid.addClassName("kiosk-time-grid");
            slots.subList(1, slots.size()).forEach(s -> {
                var button = new Button(label(s), e -> hold(s));
                button.addClassName("kiosk-time");
                grid.add(button);
            });
            times.add(grid);
        }
    }

    /** The time, and the day too when it is not the day the guest is looking at (alternatives may be). */
    private String label(Slot slot) {
        LocalDate slotDay = formats.date(slot.start());
        return slotDay.equals(day) ? formats.time(slot.start())
                : getTranslation("kiosk.time.alternative", formats.dayLabel(slotDay, today), formats.time(slot.start()));
    }

    private void hold(Slot slot) {
        problem.removeAll();
        try {
            switch (flow.hold(slot, therapistId)) {
                case HoldOutcome.Held held -> navigator.show(KioskStep.DETAILS);
                case HoldOutcome.JustTaken taken -> {
                    say(getTranslation("kiosk.time.justTaken", formats.time(slot.start())));
                    render(taken.nextFree());
                }
            }
        } catch (BookingException e) {
            if (MenuChangedNotice.explains(e)) {
                problem.add(new MenuChangedNotice(flow, navigator, e));
                return;
            }
            say(getTranslation(e.reason() == BookingException.Reason.TOO_MANY_HOLDS
                    ? "kiosk.time.tooManyHolds" : "kiosk.time.notPossible"));
            showTimes();
        }
    }

    private void explainDay(String text) {
        dayNotice.setText(text);
        dayNotice.setVisible(true);
    }

    private void say(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static Paragraph info(String text) {
        var p = new Paragraph(text);
        p.addClassName("kiosk-info");
        return p;
    }
}
