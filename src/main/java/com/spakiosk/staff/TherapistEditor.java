package com.spakiosk.staff;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuItem;
import com.spakiosk.menu.MenuService;
import com.spakiosk.scheduling.DayChange;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.scheduling.TherapistPlan;
import com.spakiosk.security.Actor;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's changes of therapists: who they are, what they give, their shift plan, one-off
 * changes and time off. Every change is validated (nothing written on a refusal), made at the
 * version the manager opened, compared with the coming bookings (a booking it would leave without
 * its therapist refuses it, listed, until moved or cancelled), recorded in the therapist's
 * history, and announced through the resource version. The save takes the therapist's row lock
 * that every booking for them takes and looks at the bookings again, so a booking made meanwhile
 * refuses it.
 */
@Service
public class TherapistEditor {

    @PersistenceContext
    private EntityManager em;

    private final TherapistRepository therapists;
    private final TherapistDayChangeRepository days;
    private final TimeOffRepository timeOff;
    private final TherapistChangeRepository history;
    private final TherapistBookings bookings;
    private final ResourceVersion resourceVersion;
    private final MenuService menu;
    private final Clock clock;
    private final SpaProperties spa;

    TherapistEditor(TherapistRepository therapists, TherapistDayChangeRepository days, TimeOffRepository timeOff,
                    TherapistChangeRepository history, TherapistBookings bookings, ResourceVersion resourceVersion,
                    MenuService menu, Clock clock, SpaProperties spa) {
        this.therapists = therapists;
        this.days = days;
        this.timeOff = timeOff;
        this.history = history;
        this.bookings = bookings;
        this.resourceVersion = resourceVersion;
        this.menu = menu;
        this.clock = clock;
        this.spa = spa;
    }

    /** Every therapist, active or not, by name, with the hours their plan gives them this week (before time off). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<TherapistRow> list() {
        List<Therapist> all = therapists.findAllByOrderByDisplayName();
        Map<Long, List<DayChange>> changes = days.findByTherapistIdIn(all.stream().map(Therapist::getId).toList())
                .stream().collect(Collectors.groupingBy(TherapistDayChange::getTherapistId,
                        Collectors.mapping(TherapistDayChange::asDayChange, Collectors.toList())));
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return all.stream().map(t -> new TherapistRow(t.getId(), t.getDisplayName(), t.isActive(), t.getColour(),
                t.getSkills().size(), TherapistPlans.shiftPlan(t, changes.getOrDefault(t.getId(), List.of()))
                .working(monday, monday.plusWeeks(1), spa.zone()).stream()
                .mapToLong(i -> i.length().toMinutes()).sum())).toList();
    }

    /** A therapist to edit, with coming one-off changes and time off and the latest history. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public TherapistDetails details(long id) {
        Therapist t = therapists.findById(id).orElseThrow(TherapistEditor::gone);
        LocalDate today = today();
        var dayChanges = days.findByTherapistIdOrderByChangeDate(id).stream()
                .filter(d -> !d.getChangeDate().isBefore(today))
                .map(d -> new TherapistDetails.Day(d.getId(), d.getChangeDate(), d.asDayChange().start(),
                        d.asDayChange().end(), d.getNote())).toList();
        var away = timeOff.findByTherapistIdAndEndsAtAfterOrderByStartsAt(id, clock.instant()).stream()
                .map(o -> new TherapistDetails.Away(o.getId(), o.getStartsAt(), o.getEndsAt(), o.getReason())).toList();
        return new TherapistDetails(id, t.getVersion(), t.getCode(), TherapistPlans.form(t), dayChanges, away,
                history.findTop30ByTherapistIdOrderByChangedAtDescIdDesc(id));
    }

    /** Every treatment and add-on, on the menu or not, to choose qualifications from. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuItem> treatments() {
        return menu.allTreatments();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuItem> addOns() {
        return menu.allAddOns();
    }

    /**
     * The coming bookings the change would leave without their therapist, as things are now.
     * Refused with the field problems when the change itself is invalid.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<DisplacedBooking> displaced(long id, TherapistChangeRequest change) {
        Therapist t = therapists.findById(id).orElseThrow(TherapistEditor::gone);
        return displaced(t, stage(t, change));
    }

    /**
     * Saves a new therapist ({@code id} null, only {@link TherapistChangeRequest.Describe}) or a
     * change at {@code version}; returns the therapist's id. Refused with a {@link MenuEditException}
     * (invalid, gone, or changed meanwhile: naming who and when) or a {@link TherapistConflictException}
     * (coming bookings in the way); nothing is written then.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public long apply(Long id, long version, TherapistChangeRequest change) {
        if (id == null) {
            return create(change);
        }
        bookings.lockTherapist(id);
        Therapist t = therapists.findById(id).orElseThrow(TherapistEditor::gone);
        if (t.getVersion() != version) {
            throw stale(id);
        }
        Staged staged = stage(t, change);
        List<DisplacedBooking> displaced = displaced(t, staged);
        if (!displaced.isEmpty()) {
            throw new TherapistConflictException(displaced);
        }
        staged.write().run();
        em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        record(id, staged.what());
        return id;
    }

    /** Where the engine would move a displaced booking: another therapist on its day, nearest its time. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public Optional<MoveSuggestion> suggestMove(long bookingId, long awayFromTherapist) {
        return bookings.suggestMove(bookingId, awayFromTherapist);
    }

    /** Moves a displaced booking as suggested, at the version shown; empty when moved, else the refusal's message key. */
    @RolesAllowed(Roles.MANAGER)
    public Optional<String> move(long bookingId, long version, MoveSuggestion to) {
        return bookings.move(bookingId, version, to);
    }

    /** Cancels a displaced booking with a reason, at the version shown; empty when cancelled, else the refusal's key. */
    @RolesAllowed(Roles.MANAGER)
    public Optional<String> cancel(long bookingId, long version, String reason) {
        return bookings.cancel(bookingId, version, reason);
    }

    /** A change checked and ready: the plans before and after, what it changes (for the history), and the write. */
    private record Staged(TherapistPlan before, TherapistPlan after, List<String> what, Runnable write) {
    }

    private Staged stage(Therapist t, TherapistChangeRequest change) {
        List<TherapistDayChange> dayRows = days.findByTherapistIdOrderByChangeDate(t.getId());
        List<DayChange> changes = dayRows.stream().map(TherapistDayChange::asDayChange).toList();
        List<TimeOff> awayRows = timeOff.findByTherapistIdAndEndsAtAfterOrderByStartsAt(t.getId(), clock.instant());
        List<Interval> away = awayRows.stream().map(o -> new Interval(o.getStartsAt(), o.getEndsAt())).toList();
        TherapistPlan before = TherapistPlans.of(t, changes, away);
        return switch (change) {
            case TherapistChangeRequest.Describe d -> {
                MenuEditException.refuseIfAny(TherapistValidation.of(d.form()));
                TherapistForm f = d.form();
                yield new Staged(before, TherapistPlans.of(f, changes, away), TherapistChanges.between(t, f), () -> {
                    t.describe(f.name().strip(), f.bio() == null ? "" : f.bio().strip(), f.active(), f.colour(),
                            f.treatments(), f.addOns());
                    t.replan(f.rotationWeeks(), f.anchor(), f.shifts());
                });
            }
            case TherapistChangeRequest.AddDayChange a -> {
                DayChangeForm f = a.form();
                MenuEditException.refuseIfAny(TherapistValidation.of(f, today(),
                        dayRows.stream().map(TherapistDayChange::getChangeDate).toList()));
                DayChange day = f.dayOff() ? DayChange.dayOff(f.date()) : new DayChange(f.date(), f.start(), f.end());
                List<DayChange> after = new ArrayList<>(changes);
                after.add(day);
                yield new Staged(before, TherapistPlans.of(t, after, away), List.of("dayChange.add:" + f.date()), () -> {
                    days.save(new TherapistDayChange(t.getId(), day, f.note() == null ? "" : f.note().strip()));
                    announce(f.date());
                });
            }
            case TherapistChangeRequest.RemoveDayChange r -> {
                TherapistDayChange row = dayRows.stream().filter(d -> d.getId() == r.dayChangeId()).findFirst()
                        .orElseThrow(TherapistEditor::gone);
                List<DayChange> after = changes.stream().filter(c -> !c.date().equals(row.getChangeDate())).toList();
                yield new Staged(before, TherapistPlans.of(t, after, away),
                        List.of("dayChange.remove:" + row.getChangeDate()), () -> {
                            days.delete(row);
                            announce(row.getChangeDate());
                        });
            }
            case TherapistChangeRequest.AddTimeOff a -> {
                TimeOffForm f = a.form();
                MenuEditException.refuseIfAny(TherapistValidation.of(f));
                Interval period = new Interval(f.from().atZone(spa.zone()).toInstant(), f.to().atZone(spa.zone()).toInstant());
                List<Interval> after = new ArrayList<>(away);
                after.add(period);
                yield new Staged(before, TherapistPlans.of(t, changes, after),
                        List.of("timeOff.add:" + f.from().toLocalDate()), () -> {
                            timeOff.save(new TimeOff(t.getId(), period.start(), period.end(), f.reason().strip()));
                            bookings.announce(period.start(), period.end());
                        });
            }
            case TherapistChangeRequest.RemoveTimeOff r -> {
                TimeOff row = awayRows.stream().filter(o -> o.getId() == r.timeOffId()).findFirst()
                        .orElseThrow(TherapistEditor::gone);
                List<Interval> after = awayRows.stream().filter(o -> o != row)
                        .map(o -> new Interval(o.getStartsAt(), o.getEndsAt())).toList();
                yield new Staged(before, TherapistPlans.of(t, changes, after),
                        List.of("timeOff.remove:" + LocalDate.ofInstant(row.getStartsAt(), spa.zone())), () -> {
                            timeOff.delete(row);
                            bookings.announce(row.getStartsAt(), row.getEndsAt());
                        });
            }
        };
    }

    private long create(TherapistChangeRequest change) {
        if (!(change instanceof TherapistChangeRequest.Describe(TherapistForm f))) {
            throw gone();
        }
        MenuEditException.refuseIfAny(TherapistValidation.of(f));
        Therapist t = new Therapist(TherapistChanges.freeCode(f.name(), therapists::existsByCode), f.name().strip(),
                f.bio() == null ? "" : f.bio().strip());
        t.describe(f.name().strip(), t.getBio(), f.active(), f.colour(), f.treatments(), f.addOns());
        t.replan(f.rotationWeeks(), f.anchor(), f.shifts());
        long id = therapists.save(t).getId();
        record(id, List.of("created"));
        return id;
    }

    private List<DisplacedBooking> displaced(Therapist t, Staged staged) {
        List<DisplacedBooking> displaced = new ArrayList<>();
        for (ComingBooking b : bookings.coming(t.getId(), clock.instant())) {
            staged.before().displaces(staged.after(), new Interval(b.start(), b.end()), b.treatmentId(), b.addOnIds(),
                            spa.zone())
                    .ifPresent(why -> displaced.add(new DisplacedBooking(b, why)));
        }
        return displaced;
    }

    private void record(long id, List<String> what) {
        history.save(new TherapistChange(id, clock.instant(), Actor.required(), what));
        resourceVersion.bump();
    }

    private void announce(LocalDate day) {
        bookings.announce(day.atStartOfDay(spa.zone()).toInstant(), day.plusDays(1).atStartOfDay(spa.zone()).toInstant());
    }

    private MenuEditException stale(long id) {
        return history.findFirstByTherapistIdOrderByChangedAtDescIdDesc(id)
                .map(c -> new MenuEditException(FieldProblem.of("", "manage.problem.staleTherapist",
                        c.getChangedBy(), c.getChangedAt())))
                .orElse(new MenuEditException(FieldProblem.of("", "manage.problem.staleTherapistUnknown")));
    }

    private static MenuEditException gone() {
        return new MenuEditException(FieldProblem.of("", "manage.therapist.problem.gone"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(spa.zone()));
    }

}
