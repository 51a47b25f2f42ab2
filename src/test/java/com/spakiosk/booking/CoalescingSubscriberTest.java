package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The broadcaster gathers bursts: a storm of changes costs a desk a few redraws, and loses none. */
class CoalescingSubscriberTest {

    final CalendarChanges changes = new CalendarChanges(Duration.ofMillis(50), Duration.ofMillis(200));
    final List<ChangedDays> delivered = new CopyOnWriteArrayList<>();
    final LocalDate day = LocalDate.of(2026, 11, 23);

    @AfterEach
    void stop() {
        changes.stop();
    }

    @Test
    void fifty_changes_in_half_a_second_arrive_as_a_handful_of_deliveries_with_every_day_in_them() throws Exception {
        changes.subscribe(delivered::add);
        for (int i = 0; i < 50; i++) {
            changes.publish(ChangedDays.of(List.of(day.plusDays(i % 5))));
            Thread.sleep(10);
        }
        Thread.sleep(500);
        assertThat(delivered).hasSizeBetween(2, 5);
        for (int i = 0; i < 5; i++) {
            LocalDate d = day.plusDays(i);
            assertThat(delivered).anySatisfy(c -> assertThat(c.includes(d)).isTrue());
        }
    }

    @Test
    void the_same_change_announced_twice_at_once_is_delivered_once() throws Exception {
        changes.subscribe(delivered::add);
        changes.publish(ChangedDays.of(List.of(day)));
        changes.publish(ChangedDays.of(List.of(day)));
        Thread.sleep(300);
        assertThat(delivered).containsExactly(ChangedDays.of(List.of(day)));
    }

    @Test
    void a_cancelled_subscription_hears_nothing_more() throws Exception {
        var subscription = changes.subscribe(delivered::add);
        subscription.cancel();
        changes.publish(ChangedDays.of(List.of(day)));
        Thread.sleep(200);
        assertThat(delivered).isEmpty();
        assertThat(changes.subscriberCount()).isZero();
    }

    @Test
    void a_failing_listener_does_not_keep_the_others_from_hearing() throws Exception {
        changes.subscribe(c -> {
            throw new IllegalStateException("a closed tab");
        });
        changes.subscribe(delivered::add);
        changes.publish(ChangedDays.of(List.of(day)));
        Thread.sleep(300);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void any_day_joined_with_a_day_is_any_day() {
        assertThat(ChangedDays.of(List.of(day)).and(ChangedDays.ANY_DAY).includes(day.plusYears(1))).isTrue();
        assertThat(ChangedDays.of(List.of(day)).includes(day.plusDays(1))).isFalse();
    }
}
