package com.spakiosk.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.settings.SettingsFixture;
import com.spakiosk.settings.SpaSettings;
import com.spakiosk.settings.SpaSettingsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's hours and settings page: values shown, bad input marked, bookings in the way listed before saving. */
@WithMockUser(username = "settings-boss", roles = "MANAGER")
class SettingsViewTest extends KaribuTest {

    @Autowired SpaSettingsService settings;
    @Autowired SettingsFixture fixture;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    @BeforeEach
    void open() {
        fixture.remember();
        UI.getCurrent().navigate("manage/settings");
    }

    @AfterEach
    void restore() {
        fixture.restore();
    }

    static IntegerField turnover() {
        return _get(IntegerField.class, spec -> spec.withLabel("Turnover after each session"));
    }

    static void save() {
        _click(_get(Button.class, spec -> spec.withClasses("settings-save")));
    }

    static String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("settings-status")).getText();
    }

    @Test
    void the_page_shows_the_stored_hours_and_booking_settings() {
        assertThat(turnover().getValue()).isEqualTo(10);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Guest cancel cut-off")).getValue()).isEqualTo(120);
        List<TimePicker> times = _find(TimePicker.class);
        assertThat(times).hasSize(14);
        assertThat(times.getFirst().getValue()).isEqualTo(LocalTime.of(8, 0));
        assertThat(times.get(1).getValue()).isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void closing_before_opening_is_marked_at_the_field_and_nothing_is_saved() {
        long version = settings.current().version();
        TimePicker mondayCloses = _find(TimePicker.class).get(1);
        _setValue(mondayCloses, LocalTime.of(7, 0));
        save();

        assertThat(mondayCloses.isInvalid()).isTrue();
        assertThat(mondayCloses.getErrorMessage()).isEqualTo("The spa must close after it opens.");
        assertThat(settings.current().version()).isEqualTo(version);
    }

    @Test
    void a_turnover_of_more_than_an_hour_is_refused_at_the_field() {
        _setValue(turnover(), 61);
        save();
        assertThat(turnover().isInvalid()).isTrue();
        assertThat(settings.current().turnover()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void saved_values_are_what_the_engine_reads_from_then_on() {
        _setValue(turnover(), 15);
        save();
        assertThat(status()).startsWith("Saved.");
        assertThat(settings.current().turnover()).isEqualTo(Duration.ofMinutes(15));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("settings-last-change")).getText())
                .startsWith("Last changed by settings-boss");
    }

    @Test
    void a_closed_date_with_a_booking_on_it_lists_the_booking_before_anything_is_saved() {
        LocalDate monday = DemoSpaIds.freshMonday();
        Confirmation booked = book(monday);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), monday);
        _click(_get(Button.class, spec -> spec.withText("Add closed date")));
        save();

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("1 coming booking is outside the new hours");
        assertThat(dialog.getElement().getTextRecursively()).contains("code " + booked.referenceCode());
        assertThat(settings.current().closedDates()).extracting(SpaSettings.ClosedDate::date).doesNotContain(monday);

        _click(_get(dialog, Button.class, spec -> spec.withText("Keep the booking and save")));
        assertThat(settings.current().closedDates()).extracting(SpaSettings.ClosedDate::date).contains(monday);
        assertThat(status()).startsWith("Saved.");
    }

    private Confirmation book(LocalDate day) {
        String owner = "settings-view-" + day;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(day, "11:00"), ids.therapist("ANNA"),
                ids.room("LINDEN"), owner, BookingChannel.DESK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Lea", "", "+4915100000001", null), null);
    }
}
