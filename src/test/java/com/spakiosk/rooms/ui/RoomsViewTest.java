package com.spakiosk.rooms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.RoomForm;
import com.spakiosk.staff.StaffService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The rooms list in the desk calendar's order; its arrows change that order. */
@WithMockUser(username = "rooms-boss", roles = "MANAGER")
class RoomsViewTest extends KaribuTest {

    @Autowired RoomEditor rooms;
    @Autowired StaffService staff;

    @SuppressWarnings("unchecked")
    static Grid<RoomForm> grid() {
        return _get(Grid.class);
    }

    static List<RoomForm> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    @Test
    void the_list_shows_every_room_in_the_desk_calendars_order() {
        UI.getCurrent().navigate("manage/rooms");
        assertThat(rows()).extracting(RoomForm::code).contains("LINDEN", "BIRCH", "WILLOW", "FOOT_LOUNGE");
        assertThat(rows().stream().filter(RoomForm::active).map(RoomForm::id).toList())
                .isEqualTo(staff.activeRooms().stream().map(r -> r.getId()).toList());
    }

    @Test
    void an_arrow_moves_a_room_one_column_and_the_desk_follows() {
        List<Long> before = rooms.rooms().stream().map(RoomForm::id).toList();
        try {
            UI.getCurrent().navigate("manage/rooms");
            RoomForm second = rows().get(1);
            var arrows = (com.vaadin.flow.component.html.Div) GridKt._getCellComponent(grid(), 1, "order");
            _click(_get(arrows, Button.class, spec -> spec.withAttribute("aria-label", "Move " + second.name() + " up")));
            assertThat(rows().getFirst().id()).isEqualTo(second.id());
            assertThat(rooms.rooms().getFirst().id()).isEqualTo(second.id());
        } finally {
            rooms.reorder(before);
        }
    }

    @Test
    void the_new_room_button_opens_an_empty_editor() {
        UI.getCurrent().navigate("manage/rooms");
        _click(_get(Button.class, spec -> spec.withText("New room")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("manage/room/new");
    }
}
