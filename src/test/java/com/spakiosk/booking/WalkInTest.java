package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import com.spakiosk.scheduling.Slot;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A walk-in at 08:03 is offered slots from 08:15 on (10 minutes' lead, 15-minute grid), today only. */
@SpringTest
class WalkInTest {

    @Autowired AvailabilityService availability;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_walk_in_gets_the_first_grid_line_after_the_lead_time_with_any_qualified_therapist() {
        LocalDate monday = DemoSpaIds.freshMonday();
        clock.advance(Duration.between(clock.instant(), at(monday, "08:03")));

        List<Slot> slots = availability.walkInSlots(ids.treatment("PREVENTIVE").id(), ids.variant("PREVENTIVE", 30),
                List.of(), 5);

        assertThat(slots).isNotEmpty();
        assertThat(slots.getFirst().start()).isEqualTo(at(monday, "08:15")); // Daniel starts at 08:00 on Mondays
        assertThat(slots.getFirst().therapistId()).isEqualTo(ids.therapist("DANIEL"));
        assertThat(slots).allSatisfy(s -> assertThat(s.start()).isBefore(at(monday.plusDays(1), "00:00")));
    }
}
