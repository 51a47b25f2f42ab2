package com.spakiosk.desk.ui;

import com.spakiosk.staff.Room;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.Therapist;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every active therapist's and room's name, for dialogs that reach beyond the day on screen. */
record DeskNames(Map<Long, String> therapists, Map<Long, String> rooms) {

    static DeskNames of(StaffService staff) {
        return new DeskNames(staff.activeTherapists().stream()
                .collect(Collectors.toMap(Therapist::getId, Therapist::getDisplayName)),
                staff.activeRooms().stream().collect(Collectors.toMap(Room::getId, Room::getName)));
    }

    String therapist(Long id) {
        return id == null ? "" : therapists.getOrDefault(id, "");
    }

    String room(Long id) {
        return id == null ? "" : rooms.getOrDefault(id, "");
    }

    /** Ids in the order of their names. */
    List<Long> byName(java.util.Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().sorted(Comparator.comparing((Long id) -> names.getOrDefault(id, ""))).toList();
    }
}
