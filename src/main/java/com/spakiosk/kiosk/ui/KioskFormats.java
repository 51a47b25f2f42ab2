package com.spakiosk.kiosk.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

/**
 * Times and days as the guest's language writes them, in the spa's zone. Day labels come from
 * ICU's pattern for "weekday, day and month" in that language ("Tue 24 Nov", "Di., 24. Nov.",
 * "вт, 24 нояб."), not from one pattern for all.
 */
final class KioskFormats {

    private final Component screen;
    private final Locale locale;
    private final ZoneId zone;

    /** Formats for a screen: its language, and its translations for "today" and "tomorrow". */
    KioskFormats(Component screen, Locale locale, ZoneId zone) {
        this.screen = screen;
        this.locale = locale;
        this.zone = zone;
    }

    String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
    }

    /** "Tuesday, 24 November 2026, 9:15 AM". */
    String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** "Tuesday, 24 November 2026": a date that stands alone, without a preposition before it. */
    String fullDate(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(instant.atZone(zone));
    }

    /** "Tue 24 Nov" in the guest's language. */
    String day(LocalDate day) {
        DateFormat format = DateFormat.getInstanceForSkeleton("MMMEd", ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(day.atTime(LocalTime.NOON).atZone(zone).toInstant()));
    }

    /** "Today", "Tomorrow" or "Tue 24 Nov": a day button's label. */
    String dayLabel(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return screen.getTranslation("kiosk.time.today");
        }
        return day.equals(today.plusDays(1)) ? screen.getTranslation("kiosk.time.tomorrow") : day(day);
    }

    /** "today, 9:15 AM", "tomorrow, 9:15 AM" or "Tue 24 Nov, 9:15 AM": a moment said from today. */
    String when(Instant instant, LocalDate today) {
        LocalDate day = date(instant);
        if (day.equals(today)) {
            return screen.getTranslation("kiosk.when.today", time(instant));
        }
        return day.equals(today.plusDays(1)) ? screen.getTranslation("kiosk.when.tomorrow", time(instant))
                : screen.getTranslation("kiosk.when.day", day(day), time(instant));
    }

    LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
