package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

/**
 * Why a booking is cancelled or a guest did not come: a short choice and, if the clerk wants,
 * a few words of their own. It lives as long as the panel, so that what the clerk chose and
 * typed survives a refusal and can be applied again.
 */
class EndingReason extends Div {

    /** Picked from the list when none of the presets fits: then the clerk's words are the reason. */
    static final String OTHER = "OTHER";
    static final int DETAILS_MAX = 120;

    private static final List<String> CANCEL = List.of("GUEST_CALLED", "GUEST_UNWELL", "SPA_CANCELLED", OTHER);
    private static final List<String> NO_SHOW = List.of("DID_NOT_COME", "TOO_LATE", OTHER);

    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    private final TextField details = new TextField();
    private final Button confirm = new Button();
    private BookingStatus ending;

    EndingReason(Runnable onConfirm, Runnable onBack) {
        addClassName("desk-panel__reason");
        choice.setItemLabelGenerator(code -> getTranslation("desk.reason." + code));
        details.setLabel(getTranslation("desk.reason.details"));
        details.setMaxLength(DETAILS_MAX);
        details.setWidthFull();
        confirm.addClickListener(e -> onConfirm.run());
        var back = new Button(getTranslation("desk.reason.back"), e -> onBack.run());
        var buttons = new Div(confirm, back);
        buttons.addClassName("desk-panel__actions");
        add(choice, details, buttons);
    }

    /** Asks for the reason of {@code next}; what was chosen for the same step stays. */
    void ask(BookingStatus next) {
        if (next != ending) {
            ending = next;
            choice.setItems(next == BookingStatus.NO_SHOW ? NO_SHOW : CANCEL);
            details.clear();
        }
        choice.setLabel(getTranslation("desk.reason.label." + next.name()));
        confirm.setText(getTranslation("desk.reason.confirm." + next.name()));
        confirm.removeThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addThemeVariants(next == BookingStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    }

    /** The step being asked for (cancel or no-show), or null when the box is closed. */
    BookingStatus ending() {
        return ending;
    }

    /**
     * The reason as it is stored: the chosen preset in the clerk's language, then their words;
     * empty while nothing is chosen, or "other" is chosen without words.
     */
    Optional<String> reason() {
        String words = details.getValue().strip();
        String picked = choice.getValue();
        if (picked == null || (OTHER.equals(picked) && words.isEmpty())) {
            return Optional.empty();
        }
        String preset = OTHER.equals(picked) ? "" : getTranslation("desk.reason." + picked);
        // Presets are short and the words are capped, so the whole stays within Booking.REASON_MAX.
        return Optional.of(preset.isEmpty() ? words : words.isEmpty() ? preset : preset + ": " + words);
    }

    /** Done (or given up): the next cancel or no-show starts afresh. */
    void reset() {
        ending = null;
        choice.clear();
        details.clear();
    }
}
