package com.spakiosk.booking;

import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.EquipmentEditor;
import com.spakiosk.staff.EquipmentForm;
import com.spakiosk.staff.EquipmentType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's change to an equipment type's unit count, checked against the coming bookings and
 * live holds that use it. A count below what they use at one moment is refused with the list of
 * those bookings (simpler than moving them from here, and correct: the desk moves or cancels
 * them, then the manager saves again). The save takes the type's row lock, which every booking
 * using it takes too, and counts again in the same transaction.
 */
@Service
public class EquipmentChanges {

    @PersistenceContext
    private EntityManager em;

    private final BookingLocks locks;
    private final EquipmentEditor editor;
    private final Clock clock;

    EquipmentChanges(BookingLocks locks, EquipmentEditor editor, Clock clock) {
        this.locks = locks;
        this.editor = editor;
        this.clock = clock;
    }

    /**
     * Saves the type (see {@link EquipmentEditor#save} for the checks at the fields). Refused with
     * an {@link UnitsInUse} (nothing written) when coming bookings use more units at one moment.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public EquipmentType save(EquipmentForm form) {
        if (!form.isNew()) {
            locks.lockEquipment(form.id());
        }
        EquipmentType saved = editor.save(form);
        List<TimeBlockService.InTheWay> over = beyond(saved.getId(), saved.getQuantity());
        if (!over.isEmpty()) {
            throw new UnitsInUse(over, form.units()); // rolls the change back
        }
        return saved;
    }

    /**
     * The coming bookings and live holds that together use more than {@code units} of the type at
     * some moment, earliest first: every booking using a unit at such a moment.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<TimeBlockService.InTheWay> beyond(long equipmentTypeId, int units) {
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("""
                        select b.id, b.version, b.status, b.startsAt, b.endsAt, b.treatmentId, b.guestFirstName,
                               b.holdExpiresAt, e.startsAt, e.endsAt
                        from Booking b join b.equipment e
                        where e.equipmentTypeId = :type and b.status in :occupying
                          and (b.status <> :held or b.holdExpiresAt > :now)
                          and e.endsAt > :now
                        order by b.startsAt, b.id""", Object[].class)
                .setParameter("type", equipmentTypeId)
                .setParameter("occupying", BookingStatus.OCCUPYING)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .getResultList();
        // Use is highest at the start of some use (or now): count who is in use at each such moment.
        Set<Long> involved = new LinkedHashSet<>();
        for (Object[] at : rows) {
            Instant moment = ((Instant) at[8]).isBefore(now) ? now : (Instant) at[8];
            List<Object[]> inUse = new ArrayList<>();
            for (Object[] use : rows) {
                if (!((Instant) use[8]).isAfter(moment) && ((Instant) use[9]).isAfter(moment)) {
                    inUse.add(use);
                }
            }
            if (inUse.size() > units) {
                inUse.forEach(u -> involved.add((Long) u[0]));
            }
        }
        List<TimeBlockService.InTheWay> result = new ArrayList<>();
        Set<Long> listed = new LinkedHashSet<>();
        for (Object[] row : rows) {
            if (involved.contains((Long) row[0]) && listed.add((Long) row[0])) {
                result.add(TimeBlockService.InTheWay.of(row));
            }
        }
        return result;
    }

    /** Coming bookings use more units at once than the new count: they are listed, nothing was written. */
    public static class UnitsInUse extends MenuEditException {

        private final transient List<TimeBlockService.InTheWay> bookings;

        UnitsInUse(List<TimeBlockService.InTheWay> bookings, int units) {
            super(FieldProblem.of("units", "manage.equipment.problem.booked", units));
            this.bookings = List.copyOf(bookings);
        }

        public List<TimeBlockService.InTheWay> bookings() {
            return bookings;
        }
    }
}
