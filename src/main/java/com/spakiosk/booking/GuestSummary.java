package com.spakiosk.booking;

/** A guest as a search lists them: enough to tell two people apart and to book for them. */
public record GuestSummary(long id, String firstName, String lastName, String phone, String email) {

    static GuestSummary of(GuestRecord g) {
        return new GuestSummary(g.getId(), g.getFirstName(), g.getLastName(), g.getPhone(), g.getEmail());
    }

    public String fullName() {
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    /** The guest's contact as a booking takes it. */
    public Guest asContact() {
        return new Guest(firstName, lastName, phone, email);
    }
}
