package com.spakiosk.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the engine needs about the days searched, loaded at once: therapists, rooms and
 * equipment with their busy times. The engine asks no further questions of the database.
 */
public record Snapshot(ZoneId zone, List<TherapistCalendar> therapists, List<RoomCalendar> rooms,
                       Map<Long, EquipmentCalendar> equipment) {

    public Snapshot {
        therapists = List.copyOf(therapists);
        rooms = List.copyOf(rooms);
        equipment = Map.copyOf(equipment);
    }

    public static Snapshot of(ZoneId zone, List<TherapistCalendar> therapists, List<RoomCalendar> rooms,
                              List<EquipmentCalendar> equipment) {
        return new Snapshot(zone, therapists, rooms, equipment.stream()
                .collect(Collectors.toMap(EquipmentCalendar::equipmentTypeId, Function.identity())));
    }
}
