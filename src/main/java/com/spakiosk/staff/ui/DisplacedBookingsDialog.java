package com.spakiosk.staff.ui;

import com.spakiosk.staff.ComingBooking;
import com.spakiosk.staff.DisplacedBooking;
import com.spakiosk.staff.MoveSuggestion;
import com.spakiosk.staff.TherapistEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Before a therapist's change is saved: the coming bookings it would leave without their
 * therapist, each to be moved (to the engine's suggestion: another qualified therapist, nearest
 * its time) or cancelled with a reason. The change can be saved once nothing is left in the way;
 * a kiosk guest's hold cannot be touched and runs out by itself. The list is asked anew after
 * every step, so a booking made meanwhile appears too.
 */
class DisplacedBookingsDialog extends Dialog {

    private final TherapistEditor editor;
    private final long therapistId;
    private final Supplier<List<DisplacedBooking>> displaced;
    private final Runnable save;
    private final DateTimeFormatter when;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final Paragraph problem = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Button saveButton;

    /** @param save saves the change; it may refuse again (then the list shows what is in the way now) */
    DisplacedBookingsDialog(TherapistEditor editor, long therapistId, List<DisplacedBooking> first,
                            Supplier<List<DisplacedBooking>> displaced, ZoneId zone, Runnable save) {
        this.editor = editor;
        this.therapistId = therapistId;
        this.displaced = displaced;
        this.save = save;
        this.zone = zone;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        addClassName("manage-displaced");
        setHeaderTitle(getTranslation("manage.therapist.conflict.title"));
        problem.addClassName("manage-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        list.addClassName("manage-displaced-list");
        add(new Paragraph(getTranslation("manage.therapist.conflict.explain")), problem, summary, list);
        var back = new Button(getTranslation("manage.therapist.conflict.back"), e -> close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveButton = new Button(getTranslation("manage.therapist.conflict.save"), e -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("manage-displaced-save");
        getFooter().add(back, saveButton);
        show(first);
    }

    /** Shows what is in the way now, with a calm word on why the save did not happen. */
    void refusedAgain(List<DisplacedBooking> now) {
        show(now);
        say("manage.therapist.conflict.meanwhile");
    }

    private void refresh() {
        show(displaced.get());
    }

    private void show(List<DisplacedBooking> items) {
        list.removeAll();
        summary.setText(items.isEmpty() ? getTranslation("manage.therapist.conflict.clear")
                : getTranslation("manage.therapist.conflict.count", items.size()));
        saveButton.setEnabled(items.isEmpty());
        items.forEach(d -> list.add(item(d)));
    }

    private ListItem item(DisplacedBooking d) {
        ComingBooking b = d.booking();
        String who = b.held() ? getTranslation("manage.therapist.conflict.kioskGuest") : b.guestFirstName();
        var text = new Span(when.format(b.start()) + "–" + time.format(b.end()) + " · " + who + " · " + b.treatmentName()
                + (b.referenceCode() == null ? "" : " · " + b.referenceCode()));
        text.addClassName("manage-displaced-what");
        var why = new Span(getTranslation("manage.therapist.why." + d.why().name()));
        why.addClassName("manage-displaced-why");
        var item = new ListItem(text, why);
        if (b.held()) {
            item.add(new Paragraph(getTranslation("manage.therapist.conflict.held", time.format(b.holdExpiresAt()))));
            return item;
        }
        var actions = new Div();
        actions.addClassName("manage-displaced-actions");
        Optional<MoveSuggestion> suggestion = editor.suggestMove(b.bookingId(), therapistId);
        if (suggestion.isPresent()) {
            MoveSuggestion s = suggestion.get();
            var move = new Button(getTranslation("manage.therapist.conflict.move", s.therapistName(),
                    time.format(s.start()), s.roomName()), e -> after(editor.move(b.bookingId(), b.version(), s)));
            move.addClassName("manage-displaced-move");
            actions.add(move);
        } else {
            var desk = new Anchor("desk/" + LocalDate.ofInstant(b.start(), zone),
                    getTranslation("manage.therapist.conflict.openDay"));
            desk.setTarget("_blank");
            actions.add(new Span(getTranslation("manage.therapist.conflict.noneFree")), desk);
        }
        var reason = new TextField();
        reason.setLabel(getTranslation("manage.therapist.conflict.reason"));
        reason.setPlaceholder(getTranslation("manage.therapist.conflict.reasonHint"));
        reason.setVisible(false);
        var confirm = new Button(getTranslation("manage.therapist.conflict.confirmCancel"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setVisible(false);
        confirm.addClassName("manage-displaced-confirm-cancel");
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("manage.problem.required"));
                reason.setInvalid(true);
                return;
            }
            after(editor.cancel(b.bookingId(), b.version(), reason.getValue().strip()));
        });
        var cancel = new Button(getTranslation("manage.therapist.conflict.cancel"), e -> {
            reason.setVisible(true);
            confirm.setVisible(true);
            reason.focus();
        });
        cancel.addClassName("manage-displaced-cancel");
        actions.add(cancel, reason, confirm);
        item.add(actions);
        return item;
    }

    /** After a move or cancel: its refusal, if any, and the list as it is now. */
    private void after(Optional<String> refusal) {
        problem.setVisible(false);
        refresh();
        refusal.ifPresent(this::say);
    }

    private void say(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }
}
