package com.spakiosk.kiosk.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.GuestBookingService;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.kiosk.KioskMetrics;
import com.spakiosk.menu.MenuService;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.security.AttemptThrottle;
import com.spakiosk.security.SecurityEvents;
import com.spakiosk.staff.StaffService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The services behind a guest's {@link KioskFlow}, handed over as one. Only the flow reads
 * them; the screens see the flow's intent methods, never a service.
 */
@Component
record KioskServices(MenuService menu, ScreeningService screening, ScreeningAdvice screeningAdvice,
                     AvailabilityService availability, BookingService bookings, GuestBookingService guestBookings,
                     StaffService staff, AttemptThrottle throttle, SecurityEvents events, SpaProperties spa, Clock clock,
                     KioskMetrics metrics) {
}
