package com.spakiosk.desk.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.GuestService;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.menu.MenuService;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.staff.StaffService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services behind a desk booking ({@link DeskBookingFlow}), handed over as one. */
@Component
record DeskBookingServices(MenuService menu, ScreeningService screening, ScreeningAdvice screeningAdvice,
                           AvailabilityService availability, BookingService bookings, GuestService guests,
                           StaffService staff, SpaProperties spa, Clock clock) {
}
