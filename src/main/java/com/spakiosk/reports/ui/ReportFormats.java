package com.spakiosk.reports.ui;

import com.spakiosk.base.Money;
import com.spakiosk.reports.Ratio;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the manager reads them in their language: counts, hours, money and shares. */
final class ReportFormats {

    private final Locale locale;
    private final String currency;
    private final String hoursPattern;

    /** @param hoursPattern the UI text for hours, e.g. "{0} h", with the number already formatted */
    ReportFormats(Locale locale, String currency, String hoursPattern) {
        this.locale = locale;
        this.currency = currency;
        this.hoursPattern = hoursPattern;
    }

    String cell(ReportTable.Kind kind, Object value) {
        return switch (value) {
            case null -> "";
            case Ratio r -> percent(r);
            case BigDecimal amount -> money(amount);
            case Long n when kind == ReportTable.Kind.MINUTES -> hours(n);
            case Long n -> count(n);
            default -> value.toString();
        };
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String hours(long minutes) {
        return hoursPattern.replace("{0}", decimal(minutes / 60.0));
    }

    String money(BigDecimal amount) {
        return Money.of(amount, currency).format(locale);
    }

    /** A share with at most one decimal, "–" when there was nothing to divide by. */
    String percent(Ratio r) {
        return r.isDefined() ? percent(r.percent()) : "–";
    }

    String percent(double percent) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent / 100);
    }

    String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
