package com.spakiosk.desk.ui;

import com.spakiosk.booking.Booking;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The desk's note on a booking. It lives as long as the panel: the field shows the saved note
 * unless it holds the clerk's unsaved words, which a refresh (or "someone else changed it
 * first") never overwrites; then the saved note is shown under it.
 */
class DeskNoteBox extends Div {

    private final TextArea field = new TextArea();
    private final Paragraph current = new Paragraph();
    /** The note as last loaded into the field: a field that differs holds unsaved words. */
    private String shown = "";

    DeskNoteBox(Runnable onSave) {
        addClassName("desk-panel__note");
        field.setLabel(getTranslation("desk.note.label"));
        field.setMaxLength(Booking.DESK_NOTE_MAX);
        field.setWidthFull();
        add(field, new Button(getTranslation("desk.note.save"), e -> onSave.run()), current);
    }

    /** Shows the booking's saved note, keeping what the clerk is typing. */
    void show(String saved) {
        String note = saved == null ? "" : saved;
        boolean typing = !field.getValue().equals(shown);
        if (!typing) {
            field.setValue(note);
            shown = note;
        }
        boolean differs = typing && !note.equals(shown);
        current.setText(differs ? getTranslation("desk.note.current", note.isEmpty() ? "—" : note) : "");
        current.setVisible(differs);
    }

    String value() {
        return field.getValue();
    }

    /** Saved: the field is no longer the clerk's unsaved words; the next {@link #show} loads the note. */
    void saved() {
        shown = field.getValue();
    }
}
