package com.spakiosk.staff;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Therapists, their hours and time off, rooms and equipment: who and what a booking needs. */
@Service
public class StaffService {

    private final TherapistRepository therapists;
    private final RoomRepository rooms;
    private final EquipmentTypeRepository equipment;
    private final TimeOffRepository timeOff;
    private final ResourceVersion resourceVersion;
    private final TherapistDayChangeRepository dayChanges;

    StaffService(TherapistRepository therapists, RoomRepository rooms, EquipmentTypeRepository equipment,
                 TimeOffRepository timeOff, ResourceVersion resourceVersion, TherapistDayChangeRepository dayChanges) {
        this.dayChanges = dayChanges;
        this.resourceVersion = resourceVersion;
        this.therapists = therapists;
        this.rooms = rooms;
        this.equipment = equipment;
        this.timeOff = timeOff;
    }

    /** Active therapists with their skills, shifts and breaks loaded (breaks in one batch). */
    @Transactional(readOnly = true)
    @AnonymousAccess("the kiosk shows therapists' names and offers their times")
    public List<Therapist> activeTherapists() {
        List<Therapist> active = therapists.findByActiveTrueOrderByDisplayName();
        active.forEach(t -> t.getShifts().forEach(s -> s.getBreaks().size()));
        return active;
    }

    /**
     * Active therapists with their shift plans as the engine reads them: rotation, weekly shifts
     * and breaks, and one-off changes of dates (two queries beyond the therapists).
     */
    @Transactional(readOnly = true)
    @AnonymousAccess("the kiosk offers therapists' times; no personal data beyond names")
    public java.util.Map<Therapist, com.spakiosk.scheduling.ShiftPlan> activeShiftPlans() {
        List<Therapist> active = activeTherapists();
        var changes = dayChanges.findByTherapistIdIn(active.stream().map(Therapist::getId).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(TherapistDayChange::getTherapistId,
                        java.util.stream.Collectors.mapping(TherapistDayChange::asDayChange,
                                java.util.stream.Collectors.toList())));
        var plans = new java.util.LinkedHashMap<Therapist, com.spakiosk.scheduling.ShiftPlan>();
        active.forEach(t -> plans.put(t, TherapistPlans.shiftPlan(t, changes.getOrDefault(t.getId(), List.of()))));
        return plans;
    }

    /** Rooms in use, in the desk calendar's column order. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the kiosk names the room of a booking")
    public List<Room> activeRooms() {
        return rooms.findByActiveTrueOrderByDisplayOrderAscNameAsc();
    }

    @Transactional(readOnly = true)
    @AnonymousAccess("equipment types carry no personal data; slots depend on them")
    public List<EquipmentType> allEquipment() {
        return equipment.findAll();
    }

    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Therapist saveTherapist(Therapist therapist) {
        resourceVersion.bump();
        return therapists.save(therapist);
    }

    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Room saveRoom(Room room) {
        resourceVersion.bump();
        return rooms.save(room);
    }

    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public EquipmentType saveEquipment(EquipmentType type) {
        resourceVersion.bump();
        return equipment.save(type);
    }

    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public TimeOff addTimeOff(TimeOff period) {
        resourceVersion.bump();
        if (!therapists.existsById(period.getTherapistId())) {
            throw new IllegalArgumentException("No therapist with id " + period.getTherapistId());
        }
        return timeOff.save(period);
    }
}
