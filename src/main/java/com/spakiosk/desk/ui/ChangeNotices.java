package com.spakiosk.desk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.DeskBooking;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The calm words of the desk's move, change and block dialogs when something is refused. */
final class ChangeNotices {

    private ChangeNotices() {
    }

    /** A paragraph that screen readers announce when it shows a refusal; hidden until then. */
    static Paragraph problem() {
        var problem = new Paragraph();
        problem.addClassName("desk-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    static void show(Paragraph problem, String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    /** "Changed by anna.desk at 14:02 …": who changed the booking last and when, from its history. */
    static String stale(Component c, DeskBooking now, ZoneId zone, Locale locale) {
        if (now.history().isEmpty()) {
            return c.getTranslation("desk.refused.STALE");
        }
        var last = now.history().getLast();
        return c.getTranslation("desk.move.stale", last.actor(),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(last.at()),
                c.getTranslation("desk.status." + now.status().name()));
    }

    /** Why the engine says no to a time, therapist and room (a slot problem, the past, or an over booking). */
    static String whyNot(Component c, String problem) {
        return c.getTranslation("desk.move.problem." + problem);
    }

    /** A refusal of the booking service, for the reasons the move and change dialogs can meet. */
    static String refused(Component c, BookingException e) {
        return switch (e.reason()) {
            case OUTSIDE_SHIFT, DURING_TIME_OFF, UNQUALIFIED_THERAPIST, ROOM_UNSUITABLE, IN_THE_PAST ->
                    c.getTranslation("desk.move.refusedBecause", whyNot(c, e.reason().name()));
            case TRANSITION_NOT_ALLOWED, NOT_FOUND -> c.getTranslation("desk.refused." + e.reason().name());
            default -> c.getTranslation("desk.refused.OTHER");
        };
    }
}
