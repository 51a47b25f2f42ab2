package com.spakiosk.desk.ui;

import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.BookingChangeService;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DeskDayService;
import com.spakiosk.booking.MovePlanner;
import com.spakiosk.booking.TimeBlockService;
import com.spakiosk.menu.MenuService;
import com.spakiosk.staff.StaffService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The services behind the desk's move, change and block-time dialogs and the drag to move, in
 * one place, so that the desk view takes one more argument and not seven.
 */
@Component
record MoveServices(MovePlanner planner, BookingService bookings, BookingChangeService changes,
                    TimeBlockService blocks, DeskDayService days, AvailabilityService availability, MenuService menu,
                    StaffService staff, Clock clock) {
}
