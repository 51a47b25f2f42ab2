package com.spakiosk.rooms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.RoomChanges;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.RoomForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** A room's editor: refusals at the fields, the stranded bookings moved or cancelled before a save, blocks. */
@WithMockUser(username = "rooms-boss", roles = "MANAGER")
class RoomEditorViewTest extends KaribuTest {

    private static final AtomicInteger ROOMS = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Autowired RoomChanges changes;
    @Autowired RoomEditor rooms;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    LocalDate monday = DemoSpaIds.freshMonday();
    Long testRoom;

    long newRoom() {
        String code = "VIEW_ROOM_" + ROOMS.incrementAndGet();
        testRoom = changes.save(new RoomForm(null, 0, code, "View room " + code, "", "", true,
                Set.of(ids.treatment("RELAXING_FOOT").id()))).getId();
        return testRoom;
    }

    @AfterEach
    void takeTheTestRoomOutOfUse() {
        if (testRoom != null && rooms.room(testRoom).active()) {
            jdbc.update("update booking set status = 'CANCELLED' where room_id = ? and status in ('CONFIRMED', 'HELD')",
                    testRoom);
            RoomForm stored = rooms.room(testRoom);
            changes.save(new RoomForm(stored.id(), stored.version(), stored.code(), stored.name(), "", "", false,
                    stored.treatmentIds()));
        }
    }

    long confirmedIn(long roomId, String time, String guest) {
        String owner = "room-view-" + time + roomId;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(monday, time), ids.therapist("ANNA"), roomId, owner,
                BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest(guest, null, guest.toLowerCase() + "@example.org"),
                null).bookingId();
    }

    String status(long bookingId) {
        return jdbc.queryForObject("select status from booking where id = ?", String.class, bookingId);
    }

    @Test
    void an_empty_or_taken_name_is_refused_at_the_field_and_nothing_is_written() {
        UI.getCurrent().navigate("manage/room/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "LINDEN");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), " ");
        _click(_get(Button.class, spec -> spec.withClasses("manage-room__save")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).getErrorMessage())
                .isEqualTo("Another room already has this code.");
        assertThat(rooms.rooms()).noneMatch(r -> r.name().isBlank());
    }

    @Test
    void a_new_room_is_saved_and_opens_in_its_editor() {
        UI.getCurrent().navigate("manage/room/new");
        String code = "VIEW_NEW_" + ROOMS.incrementAndGet();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Rose room " + code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name for guests in German")), "Rosenzimmer");
        _click(_get(Button.class, spec -> spec.withClasses("manage-room__save")));
        RoomForm saved = rooms.rooms().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        testRoom = saved.id();
        assertThat(saved.nameDe()).isEqualTo("Rosenzimmer");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("manage/room/" + saved.id());
    }

    @Test
    void taking_a_room_out_of_use_lists_its_bookings_and_saves_after_one_is_moved_and_one_cancelled() {
        long room = newRoom();
        long moved = confirmedIn(room, "10:00", "Mira");
        long cancelled = confirmedIn(room, "11:00", "Olga");
        UI.getCurrent().navigate("manage/room/" + room);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("In use (bookable)")), false);
        _click(_get(Button.class, spec -> spec.withClasses("manage-room__save")));

        _get(Dialog.class, spec -> spec.withClasses("manage-stranded"));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("manage-stranded__booking"))).hasSize(2);
        Button save = _get(Button.class, spec -> spec.withClasses("manage-stranded__save"));
        assertThat(save.isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move the booking of Mira")));
        _click(_get(Button.class, spec -> spec.withText("Move there")));
        assertThat(jdbc.queryForObject("select room_id from booking where id = ?", Long.class, moved)).isNotEqualTo(room);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("manage-stranded__booking"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Cancel the booking of Olga")));
        _click(_get(Button.class, spec -> spec.withText("Cancel booking")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Reason for the guest's record")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason for the guest's record")), "Room closes");
        _click(_get(Button.class, spec -> spec.withText("Cancel booking")));
        assertThat(status(cancelled)).isEqualTo("CANCELLED");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("manage-stranded__booking"))).isEmpty();

        assertThat(save.isEnabled()).isTrue();
        _click(save);
        assertThat(rooms.room(room).active()).isFalse();
        assertThat(status(moved)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_block_over_a_booking_waits_for_its_cancellation_then_shows_and_can_be_removed() {
        long room = newRoom();
        long booked = confirmedIn(room, "10:00", "Vera");
        UI.getCurrent().navigate("manage/room/" + room);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Blocked from")), monday.atTime(9, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Until")), monday.atTime(12, 0));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), "New floor");
        _click(_get(Button.class, spec -> spec.withClasses("manage-room-blocks__add")));

        _get(Dialog.class, spec -> spec.withClasses("manage-stranded"));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Cancel the booking of Vera")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason for the guest's record")), "Floor works");
        _click(_get(Button.class, spec -> spec.withText("Cancel booking")));
        _click(_get(Button.class, spec -> spec.withClasses("manage-stranded__save")));

        assertThat(status(booked)).isEqualTo("CANCELLED");
        assertThat(rooms.blocks(room)).singleElement().satisfies(b -> assertThat(b.getReason()).isEqualTo("New floor"));
        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("New floor"));

        _click(_get(Button.class, spec -> spec.withText("Remove")));
        assertThat(rooms.blocks(room)).isEmpty();
    }

    @Test
    void a_change_someone_saved_first_is_refused_naming_them_and_the_typing_is_kept() {
        long room = newRoom();
        UI.getCurrent().navigate("manage/room/" + room);
        RoomForm stored = rooms.room(room);
        changes.save(new RoomForm(room, stored.version(), stored.code(), stored.name(), "Zimmer", "", true,
                stored.treatmentIds())); // another manager, a moment earlier
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Quiet room " + stored.code());
        _click(_get(Button.class, spec -> spec.withClasses("manage-room__save")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("manage-problem"))
                .getText()).startsWith("rooms-boss changed this room");
        assertThat(rooms.room(room).name()).isEqualTo(stored.name());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Quiet room " + stored.code());

        _click(_get(Button.class, spec -> spec.withClasses("manage-room__save"))); // again, on the stored version
        assertThat(rooms.room(room).name()).isEqualTo("Quiet room " + stored.code());
    }

    @Test
    void a_block_ending_before_it_starts_is_refused_at_the_field() {
        long room = newRoom();
        UI.getCurrent().navigate("manage/room/" + room);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Blocked from")), monday.atTime(12, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Until")), monday.atTime(11, 0));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), "Paint");
        _click(_get(Button.class, spec -> spec.withClasses("manage-room-blocks__add")));
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("Until")).getErrorMessage())
                .isEqualTo("The end must come after the start.");
        assertThat(rooms.blocks(room)).isEmpty();
    }
}
