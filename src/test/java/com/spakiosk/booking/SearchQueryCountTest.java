package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.Therapist;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A day's search asks the database at most three questions, however many therapists there are. */
@SpringTest
class SearchQueryCountTest {

    @Autowired AvailabilityService availability;
    @Autowired StaffService staff;
    @Autowired DemoSpaIds ids;
    @Autowired EntityManagerFactory emf;

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_day_search_issues_at_most_three_queries_with_six_or_sixteen_therapists() {
        LocalDate day = DemoSpaIds.freshMonday();
        assertThat(queriesForOneSearch(day)).isBetween(1L, 3L);

        long treatment = ids.treatment("RELAXING_LEGS").id();
        for (int i = 0; i < 10; i++) {
            var extra = new Therapist("EXTRA-" + System.nanoTime() + "-" + i, "Extra therapist " + i, "");
            extra.addSkill(treatment);
            extra.addShift(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
            staff.saveTherapist(extra);
        }
        assertThat(queriesForOneSearch(day)).isBetween(1L, 3L);
    }

    private long queriesForOneSearch(LocalDate day) {
        var search = new SlotSearch(ids.treatment("RELAXING_LEGS").id(), ids.variant("RELAXING_LEGS", 45),
                List.of(ids.addOn("HOT_STONES").id()), at(day, "00:00"), at(day.plusDays(1), "00:00"), null, 500);
        assertThat(availability.findSlots(search)).isNotEmpty(); // warms the cached catalog
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        availability.findSlots(search);
        return statistics.getPrepareStatementCount();
    }
}
