package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.ChangeOutcome;
import com.spakiosk.booking.DeskBooking;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTreatment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Another duration or other add-ons (with the oil) for a booking, at the same time, therapist
 * and room. The booking service re-checks the screening, the equipment and the calendar and
 * prices it; the dialog shows the new total as the service quotes it and says calmly why a change
 * is refused, keeping what the clerk chose.
 */
class ChangeDialog extends Dialog {

    private final MoveServices services;
    private final ZoneId zone;
    private final Locale locale;
    private final Runnable onChanged;
    private final Paragraph problem = ChangeNotices.problem();
    private final Select<MenuTreatment.MenuVariant> duration = new Select<>();
    private final List<AddOnRow> rows = new ArrayList<>();
    private final Paragraph total = new Paragraph();
    private DeskBooking booking;

    /** One add-on: ticked or not, with its option (the oil) when it has options. */
    private record AddOnRow(MenuAddOn addOn, Checkbox chosen, Select<MenuAddOn.Option> option) {

        HoldRequest.AddOnChoice choice() {
            return new HoldRequest.AddOnChoice(addOn.id(), option == null || option.getValue() == null ? null
                    : option.getValue().code());
        }
    }

    ChangeDialog(DeskBooking booking, MoveServices services, ZoneId zone, Locale locale, Runnable onChanged) {
        this.booking = booking;
        this.services = services;
        this.zone = zone;
        this.locale = locale;
        this.onChanged = onChanged;
        addClassName("desk-change");
        setHeaderTitle(getTranslation("desk.change.title"));
        var current = services.changes().currentChoice(booking.id()).orElseThrow();
        MenuTreatment treatment = services.menu().activeMenu().stream()
                .filter(t -> t.id() == current.treatmentId()).findFirst().orElse(null);
        add(problem);
        if (treatment == null) {
            ChangeNotices.show(problem, getTranslation("desk.change.offMenu"));
            getFooter().add(new Button(getTranslation("desk.move.keep"), e -> close()));
            return;
        }
        var texts = services.menu().content(locale);
        duration.setLabel(getTranslation("desk.change.duration"));
        duration.setItems(treatment.variants());
        duration.setItemLabelGenerator(v -> getTranslation("desk.change.variant", v.durationMinutes(),
                v.price().format(locale)));
        treatment.variants().stream().filter(v -> v.id() == current.variantId()).findFirst().ifPresent(duration::setValue);
        duration.addValueChangeListener(e -> quote());
        var extras = new Div();
        extras.addClassName("desk-change__extras");
        for (MenuAddOn addOn : services.menu().activeAddOns()) {
            if (!addOn.goesWith(treatment.id())) {
                continue;
            }
            var had = current.addOns().stream().filter(a -> a.addOnId() == addOn.id()).findFirst();
            var box = new Checkbox(getTranslation("desk.change.addOn", texts.name(addOn), addOn.price().format(locale),
                    addOn.extraMinutes()), had.isPresent());
            Select<MenuAddOn.Option> option = null;
            if (!addOn.options().isEmpty()) {
                var oils = new Select<MenuAddOn.Option>();
                oils.setAriaLabel(getTranslation("desk.change.option", texts.name(addOn)));
                oils.setItems(addOn.options());
                oils.setItemLabelGenerator(o -> texts.option(addOn, o.code()));
                oils.setValue(had.map(a -> addOn.options().stream().filter(o -> o.code().equals(a.optionCode()))
                        .findFirst().orElse(null)).orElse(addOn.options().getFirst()));
                oils.setEnabled(box.getValue());
                box.addValueChangeListener(e -> oils.setEnabled(e.getValue()));
                option = oils;
            }
            box.addValueChangeListener(e -> quote());
            rows.add(new AddOnRow(addOn, box, option));
            var row = new Div(box);
            if (option != null) {
                row.add(option);
            }
            row.addClassName("desk-change__extra");
            extras.add(row);
        }
        total.addClassName("desk-change__total");
        add(new Paragraph(texts.name(treatment)), duration, extras, total);
        var save = new Button(getTranslation("desk.change.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("desk.move.keep"), e -> close()), save);
        quote();
    }

    /** What the screening rules out and why, in the clerk's language as the kiosk words it. */
    private String reason(ChangeOutcome.Reason r) {
        var texts = services.menu().content(locale);
        String subject = rows.stream().map(AddOnRow::addOn).filter(a -> a.code().equals(r.targetCode())).findFirst()
                .map(texts::name).orElseGet(() -> texts.text("treatment." + r.targetCode() + ".name", r.subject()));
        return subject + ": " + texts.blockedReason(r.questionCode(), r.targetCode(), r.text());
    }

    private List<HoldRequest.AddOnChoice> chosenAddOns() {
        return rows.stream().filter(r -> r.chosen().getValue()).map(AddOnRow::choice).toList();
    }

    /** The new total as the service prices it: the view never adds prices up itself. */
    private void quote() {
        if (duration.getValue() == null) {
            total.setText("");
            return;
        }
        var quote = services.availability().quote(duration.getValue().id(),
                chosenAddOns().stream().map(HoldRequest.AddOnChoice::addOnId).toList());
        total.setText(getTranslation("desk.change.total", quote.price().format(locale), quote.minutes()));
    }

    private void save() {
        if (duration.getValue() == null) {
            return;
        }
        problem.setVisible(false);
        try {
            ChangeOutcome outcome = services.changes().changeTreatment(booking.id(), booking.version(),
                    duration.getValue().id(), chosenAddOns());
            switch (outcome) {
                case ChangeOutcome.Changed changed -> {
                    close();
                    onChanged.run();
                }
                case ChangeOutcome.Blocked blocked -> ChangeNotices.show(problem, getTranslation("desk.change.blocked",
                        blocked.reasons().stream().map(this::reason).distinct().collect(Collectors.joining(" "))));
                case ChangeOutcome.JustTaken taken -> {
                    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                            .withZone(zone);
                    String times = taken.nextFree().stream().map(s -> time.format(s.start())).distinct()
                            .collect(Collectors.joining(", "));
                    ChangeNotices.show(problem, times.isEmpty() ? getTranslation("desk.change.noRoom")
                            : getTranslation("desk.change.noRoomHere", times));
                }
            }
        } catch (BookingException e) {
            if (e.reason() == BookingException.Reason.STALE) {
                services.days().booking(booking.id()).ifPresent(fresh -> booking = fresh);
                ChangeNotices.show(problem, ChangeNotices.stale(this, booking, zone, locale));
            } else {
                ChangeNotices.show(problem, ChangeNotices.refused(this, e));
            }
        }
    }
}
