package com.spakiosk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What drawing the desk's day costs the database: the whole view (day, names, calendar) in at
 * most five SQL statements, however many bookings the day holds (issue 8's budget).
 */
@WithMockUser(roles = "FRONT_DESK")
class DeskRenderCostTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired EntityManagerFactory emf;

    final LocalDate day = DemoSpaIds.freshMonday();

    @Test
    void opening_a_day_at_the_desk_costs_at_most_five_sql_statements_however_full_the_day_is() {
        int booked = 0;
        for (int hour = 10; hour < 17; hour++) {
            for (int guest = 0; guest < 3; guest++) {
                booked += book(String.format("%02d:00", hour), "cost-" + hour + "-" + guest) ? 1 : 0;
            }
        }
        assertThat(booked).isGreaterThanOrEqualTo(10);
        UI.getCurrent().navigate("desk/" + day.minusDays(1)); // warms the cached menu and catalog
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        UI.getCurrent().navigate("desk/" + day);
        assertThat(DeskViewTest.headers()).isNotEmpty();

        assertThat(statistics.getPrepareStatementCount()).isBetween(1L, 5L);
    }

    /** A booking with any therapist in any room at that time, if one is free. */
    private boolean book(String time, String owner) {
        var outcome = bookings.hold(new HoldRequest(ids.treatment("LYMPHATIC").id(), ids.variant("LYMPHATIC", 45),
                List.of(), DemoSpaIds.at(day, time), null, null, owner, BookingChannel.KIOSK, Set.of()));
        if (outcome instanceof HoldOutcome.Held held) {
            bookings.confirm(held.bookingId(), owner, new Guest("Ines", "+4915123456789", null), null);
            return true;
        }
        return false;
    }
}
