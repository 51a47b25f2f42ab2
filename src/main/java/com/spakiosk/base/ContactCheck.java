package com.spakiosk.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and normalises how a guest can be reached: a phone number, parsed and validated by
 * libphonenumber (a local number is read in the spa's country) and stored as E.164, or an
 * e-mail address of a plausible shape.
 */
public final class ContactCheck {

    /** Plausible, not RFC-complete: one @, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    public static final int EMAIL_MAX = 254;

    private final String defaultRegion;

    /** @param defaultRegion the spa's country, ISO 3166 (e.g. "DE"), for numbers without +country */
    public ContactCheck(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    /** The number in E.164 (+4915123456789), or empty when it is not a valid number. */
    public Optional<String> phone(String input) {
        if (input == null || input.isBlank() || input.length() > 30) {
            return Optional.empty();
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(input.strip(), defaultRegion);
            return util.isValidNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The address trimmed and lower-cased, or empty when it does not look like one. */
    public Optional<String> email(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String trimmed = input.strip();
        return trimmed.length() <= EMAIL_MAX && EMAIL.matcher(trimmed).matches()
                ? Optional.of(trimmed.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The last four digits of a stored E.164 number: the second factor of "find my booking". */
    public static String lastFour(String e164) {
        return e164 == null || e164.length() < 4 ? "" : e164.substring(e164.length() - 4);
    }
}
