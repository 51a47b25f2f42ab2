package com.spakiosk.booking;

import com.spakiosk.base.Require;

/**
 * The little a booking keeps about a guest: a first name and one way to reach them (the desk may
 * add a last name). Every part is plain text ({@link Require#plainText}), whoever built it: the
 * kiosk form checks the same, but a tampered client or another caller of the booking service does
 * not go through the form. Phone (E.164) and e-mail (lower case) arrive normalised by
 * {@link com.spakiosk.base.ContactCheck}: they are how the guest's record is found again.
 */
public record Guest(String firstName, String lastName, String phone, String email) {

    public Guest {
        firstName = Require.plainText(firstName, Booking.FIRST_NAME_MAX, "First name");
        lastName = lastName == null || lastName.isBlank() ? null
                : Require.plainText(lastName, GuestRecord.LAST_NAME_MAX, "Last name");
        phone = phone == null || phone.isBlank() ? null : Require.plainText(phone, Booking.PHONE_MAX, "Phone");
        email = email == null || email.isBlank() ? null : Require.plainText(email, Booking.EMAIL_MAX, "E-mail");
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed");
        }
    }

    /** A guest as the kiosk knows them: a first name only. */
    public Guest(String firstName, String phone, String email) {
        this(firstName, null, phone, email);
    }
}
