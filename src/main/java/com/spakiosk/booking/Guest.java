package com.spakiosk.booking;

import com.spakiosk.base.Require;

/**
 * The little a booking keeps about a guest: a first name and one way to reach them. Every part
 * is plain text ({@link Require#plainText}), whoever built it: the kiosk form checks the same,
 * but a tampered client or another caller of the booking service does not go through the form.
 */
public record Guest(String firstName, String phone, String email) {

    public Guest {
        firstName = Require.plainText(firstName, Booking.FIRST_NAME_MAX, "First name");
        phone = phone == null || phone.isBlank() ? null : Require.plainText(phone, Booking.PHONE_MAX, "Phone");
        email = email == null || email.isBlank() ? null : Require.plainText(email, Booking.EMAIL_MAX, "E-mail");
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed");
        }
    }
}
