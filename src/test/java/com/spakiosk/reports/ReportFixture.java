package com.spakiosk.reports;

import com.spakiosk.base.Money;
import com.spakiosk.booking.Assignment;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.PaymentMethod;
import com.spakiosk.booking.ReferenceCode;
import com.spakiosk.booking.ScreeningRefusals;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.TimeOff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A small hand-made Monday whose report figures are known (the tests name them): Anna's and
 * Mira's sessions, kept, missed and cancelled, paid three ways, one with hot stones, a guest who
 * booked again, an hour of Anna's blocked, and a few screening refusals. Runs as a manager.
 */
@Component
public class ReportFixture {

    private final BookingService bookings;
    private final StaffService staff;
    private final ScreeningRefusals refusals;
    private final DemoSpaIds ids;
    private final ReferenceCode referenceCodes = new ReferenceCode();

    ReportFixture(BookingService bookings, StaffService staff, ScreeningRefusals refusals, DemoSpaIds ids) {
        this.bookings = bookings;
        this.staff = staff;
        this.refusals = refusals;
        this.ids = ids;
    }

    /** A Monday whose day before belongs to this test too (the comparison period stays empty). */
    public static LocalDate monday() {
        DemoSpaIds.freshMonday();
        return DemoSpaIds.freshMonday();
    }

    public void load(LocalDate monday) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Guest a = guest("Ada", run, 1);
        Guest b = guest("Bea", run, 2);
        Guest c = guest("Cem", run, 3);
        Guest d = guest("Dan", run, 4);
        // b1: kept, paid by card, with hot stones, booked two days ahead
        Booking b1 = booking(monday, "09:00", 30, "RELAXING_FOOT", "ANNA", "LINDEN", "40.00", BookingChannel.KIOSK, a,
                at(monday, "09:00").minus(Duration.ofDays(2)));
        b1.addAddOn(ids.addOn("HOT_STONES").id(), null, Money.of("0.00", "EUR"), 0);
        complete(b1, monday, "09:00", 30, PaymentMethod.CARD);
        // b2: kept, paid cash, booked at eight the same morning
        Booking b2 = booking(monday, "10:00", 45, "LYMPHATIC", "ANNA", "LINDEN", "50.00", BookingChannel.DESK, b,
                at(monday, "08:00"));
        complete(b2, monday, "10:00", 45, PaymentMethod.CASH);
        // b3: a walk-in who did not come
        Booking b3 = booking(monday, "11:00", 30, "RELAXING_FOOT", "ANNA", "LINDEN", "36.00", BookingChannel.KIOSK, c,
                at(monday, "10:45"));
        b3.importStatus(BookingStatus.NO_SHOW, at(monday, "11:15"), "desk");
        bookings.importConfirmed(b3);
        // b4: cancelled a day ahead; b5: cancelled an hour before (late: the cut-off is two hours)
        Booking b4 = booking(monday, "14:00", 30, "RELAXING_FOOT", "ANNA", "LINDEN", "36.00", BookingChannel.KIOSK, d,
                at(monday, "14:00").minus(Duration.ofDays(3)));
        b4.importStatus(BookingStatus.CANCELLED, at(monday, "14:00").minus(Duration.ofDays(1)), "kiosk");
        bookings.importConfirmed(b4);
        Booking b5 = booking(monday, "15:00", 30, "RELAXING_FOOT", "ANNA", "LINDEN", "36.00", BookingChannel.DESK, a,
                at(monday, "15:00").minus(Duration.ofDays(3)));
        b5.importStatus(BookingStatus.CANCELLED, at(monday, "14:00"), "desk");
        bookings.importConfirmed(b5);
        // b6: Mira, kept, paid by voucher
        Booking b6 = booking(monday, "13:00", 60, "LYMPHATIC", "MIRA", "BIRCH", "60.00", BookingChannel.KIOSK, b,
                at(monday, "13:00").minus(Duration.ofDays(5)));
        complete(b6, monday, "13:00", 60, PaymentMethod.VOUCHER);
        // b7: Ada comes again on Wednesday (outside the period): she rebooked
        bookings.importConfirmed(booking(monday.plusDays(2), "09:00", 30, "RELAXING_FOOT", "ANNA", "LINDEN", "36.00",
                BookingChannel.KIOSK, a, at(monday, "09:40")));
        // b8: Bea books Thursday too, but only on Tuesday, after the period: as it stood then, she had not
        bookings.importConfirmed(booking(monday.plusDays(3), "10:00", 30, "RELAXING_FOOT", "ANNA", "LINDEN", "36.00",
                BookingChannel.DESK, b, at(monday.plusDays(1), "12:00")));
        // Anna's last hour is blocked (a training)
        staff.addTimeOff(new TimeOff(ids.therapist("ANNA"), at(monday, "16:00"), at(monday, "17:00"), "Training"));
        // Screening turned away: thrombosis stopped lymphatic drainage three times at the kiosk and once
        // at the desk; pregnancy stopped hot stones twice.
        var thrombosis = new ScreeningRefusals.Refusal("THROMBOSIS", ScreeningRefusals.TargetKind.TREATMENT,
                "LYMPHATIC");
        refusals.importCount(monday, BookingChannel.KIOSK, thrombosis, 3);
        refusals.importCount(monday, BookingChannel.DESK, thrombosis, 1);
        refusals.importCount(monday, BookingChannel.KIOSK, new ScreeningRefusals.Refusal("PREGNANCY",
                ScreeningRefusals.TargetKind.ADD_ON, "HOT_STONES"), 2);
    }

    private Booking booking(LocalDate day, String time, int minutes, String treatment, String therapist, String room,
                            String price, BookingChannel channel, Guest guest, Instant created) {
        Instant start = at(day, time);
        Instant end = start.plus(Duration.ofMinutes(minutes));
        var slot = new Assignment(ids.treatment(treatment).id(), ids.variant(treatment, minutes),
                ids.therapist(therapist), ids.room(room), start, end, end.plus(Duration.ofMinutes(10)));
        return Booking.confirmed(slot, guest, Money.of(price, "EUR"), channel, code(), created, "fixture");
    }

    private void complete(Booking booking, LocalDate day, String time, int minutes, PaymentMethod method) {
        Instant start = at(day, time);
        booking.importStatus(BookingStatus.CHECKED_IN, start.minus(Duration.ofMinutes(5)), "desk");
        booking.importStatus(BookingStatus.IN_PROGRESS, start, "desk");
        booking.importStatus(BookingStatus.COMPLETED, start.plus(Duration.ofMinutes(minutes)), "desk");
        booking.importPayment(method, start.plus(Duration.ofMinutes(minutes)));
        bookings.importConfirmed(booking);
    }

    private String code() {
        String code;
        do {
            code = referenceCodes.next();
        } while (bookings.isReferenceCodeTaken(code));
        return code;
    }

    private static Guest guest(String name, String run, int n) {
        return new Guest(name, null, name.toLowerCase() + "-" + run + "-" + n + "@example.com");
    }

    static Instant at(LocalDate day, String time) {
        return DemoSpaIds.at(day, time);
    }
}
