package com.spakiosk.booking;

import com.spakiosk.base.Require;

/** The little a booking keeps about a guest: a first name and one way to reach them. */
public record Guest(String firstName, String phone, String email) {

    public Guest {
        firstName = Require.text(firstName, Booking.FIRST_NAME_MAX, "First name");
        phone = phone == null || phone.isBlank() ? null : Require.text(phone, Booking.PHONE_MAX, "Phone");
        email = email == null || email.isBlank() ? null : Require.text(email, Booking.EMAIL_MAX, "E-mail");
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed");
        }
    }
}
