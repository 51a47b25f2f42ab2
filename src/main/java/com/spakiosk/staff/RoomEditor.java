package com.spakiosk.staff;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.MenuChange;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuHistory;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTextStore;
import com.spakiosk.menu.MenuValidation;
import com.spakiosk.security.Actor;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's rooms: names (English, and German and Russian for guests), in use or not, the
 * treatments each suits, the desk's column order, and maintenance blocks. Validates every change
 * (nothing is written on a refusal), writes at the version the manager opened, records the
 * history and bumps the shared resource version so that every engine sees the change.
 * What a change does to bookings is checked by the booking feature, which calls in here under the
 * room's lock.
 */
@Service
public class RoomEditor {

    static final String DE = "de";
    static final String RU = "ru";

    private final RoomRepository rooms;
    private final RoomBlockRepository blocks;
    private final MenuService menu;
    private final MenuTextStore texts;
    private final MenuHistory history;
    private final ResourceVersion resourceVersion;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    RoomEditor(RoomRepository rooms, RoomBlockRepository blocks, MenuService menu, MenuTextStore texts,
               MenuHistory history, ResourceVersion resourceVersion, Clock clock) {
        this.rooms = rooms;
        this.blocks = blocks;
        this.menu = menu;
        this.texts = texts;
        this.history = history;
        this.resourceVersion = resourceVersion;
        this.clock = clock;
    }

    /** Every room, in use or not, in the desk calendar's order. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<RoomForm> rooms() {
        return rooms.findAllByOrderByDisplayOrderAscNameAsc().stream().map(this::form).toList();
    }

    /** A room as stored now. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public RoomForm room(long id) {
        return form(find(id));
    }

    /** The room's recorded changes, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuChange> history(long id) {
        return history.of(MenuChange.Kind.ROOM, id);
    }

    /**
     * Adds or changes a room. Refused with a {@link MenuEditException} naming the fields (empty or
     * duplicate name or code, an unknown treatment) or an old copy; nothing is written then.
     * Callers that could leave bookings without a room check them first (booking feature).
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Room save(RoomForm form) {
        Room room = form.isNew() ? null : find(form.id());
        if (room != null && room.getVersion() != form.version()) {
            throw history.stale(MenuChange.Kind.ROOM, room.getId(), "manage.problem.staleRoom",
                    "manage.problem.staleRoomUnknown");
        }
        MenuEditException.refuseIfAny(problems(form, room));
        ItemSnapshot before = room == null ? new ItemSnapshot(Map.of()) : snapshot(room);
        if (room == null) {
            room = new Room(form.code().strip(), form.name().strip());
            room.placeAt(rooms.findAll().stream().mapToInt(Room::getDisplayOrder).max().orElse(0) + 1);
        }
        room.rename(form.name().strip());
        room.setActive(form.active());
        room.suitOnly(form.treatmentIds());
        room = rooms.saveAndFlush(room);
        // The German and Russian names live in another table: the room's version moves with them too.
        em.lock(room, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        texts.put(Locale.GERMAN, key(room), form.nameDe());
        texts.put(Locale.of(RU), key(room), form.nameRu());
        history.record(MenuChange.Kind.ROOM, room.getId(), before, snapshot(room, form.nameDe(), form.nameRu()));
        resourceVersion.bump();
        return room;
    }

    /** Moves a room one column left (-1) or right (+1) on the desk calendar. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void move(long id, int direction) {
        List<Long> order = new ArrayList<>(rooms.findAllByOrderByDisplayOrderAscNameAsc().stream().map(Room::getId).toList());
        int at = order.indexOf(id);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(at));
        reorder(order);
    }

    /** Puts the rooms in this order on the desk calendar (rooms not named keep their place after them). */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void reorder(List<Long> ids) {
        List<Room> all = new ArrayList<>(rooms.findAllByOrderByDisplayOrderAscNameAsc());
        all.sort(java.util.Comparator.comparingInt(r -> ids.contains(r.getId()) ? ids.indexOf(r.getId()) : ids.size()));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).placeAt(i + 1);
        }
        resourceVersion.bump();
    }

    /** The room's blocks that have not ended yet, earliest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<RoomBlock> blocks(long roomId) {
        return blocks.findByRoomIdAndEndsAtAfterOrderByStartsAt(roomId, clock.instant());
    }

    /** Every block that ends after {@code after}: the engine's catalog keeps them. */
    @Transactional(readOnly = true)
    @AnonymousAccess("maintenance times carry no personal data; the kiosk's slots depend on them")
    public List<RoomBlock> blocksEndingAfter(Instant after) {
        return blocks.findByEndsAtAfterOrderByStartsAt(after);
    }

    /**
     * Blocks the room for [from, until) with a reason. Refused at the fields for a missing reason,
     * an end not after the start, or a time already past. The booking feature checks the bookings first.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public RoomBlock addBlock(long roomId, Instant from, Instant until, String reason) {
        Room room = find(roomId);
        List<FieldProblem> problems = new ArrayList<>();
        // The current minute still counts as now: a manager blocking "from now" types this minute.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (from == null) {
            problems.add(FieldProblem.of("block.from", "manage.problem.required"));
        } else if (from.isBefore(now)) {
            problems.add(FieldProblem.of("block.from", "manage.rooms.problem.blockPast"));
        }
        if (until == null) {
            problems.add(FieldProblem.of("block.until", "manage.problem.required"));
        } else if (from != null && !until.isAfter(from)) {
            problems.add(FieldProblem.of("block.until", "manage.rooms.problem.blockEnd"));
        }
        MenuValidation.text(problems, "block.reason", reason, RoomBlock.REASON_MAX, true);
        MenuEditException.refuseIfAny(problems);
        RoomBlock block = blocks.save(new RoomBlock(room.getId(), from, until, reason.strip(), Actor.required()));
        resourceVersion.bump();
        return block;
    }

    /** Lifts a block (the room is back in use then); an unknown block is already gone. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public java.util.Optional<RoomBlock> removeBlock(long blockId) {
        var block = blocks.findById(blockId);
        block.ifPresent(b -> {
            blocks.delete(b);
            resourceVersion.bump();
        });
        return block;
    }

    private List<FieldProblem> problems(RoomForm form, Room room) {
        List<FieldProblem> problems = new ArrayList<>();
        if (room == null) {
            boolean taken = form.code() != null && rooms.findByCodeIgnoreCase(form.code().strip()).isPresent();
            problems.addAll(MenuValidation.code("code", form.code(), taken, "manage.rooms.problem.codeTaken"));
        }
        MenuValidation.text(problems, "name", form.name(), Room.NAME_MAX, true);
        if (form.name() != null && !form.name().isBlank() && rooms.findByNameIgnoreCase(form.name().strip())
                .filter(other -> room == null || !other.getId().equals(room.getId())).isPresent()) {
            problems.add(FieldProblem.of("name", "manage.rooms.problem.nameTaken"));
        }
        MenuValidation.text(problems, "name.de", form.nameDe(), Room.NAME_MAX, false);
        MenuValidation.text(problems, "name.ru", form.nameRu(), Room.NAME_MAX, false);
        var known = menu.active().everyTreatmentName().keySet();
        if (!known.containsAll(form.treatmentIds())) {
            problems.add(FieldProblem.of("treatments", "manage.rooms.problem.unknownTreatment"));
        }
        return problems;
    }

    private Room find(long id) {
        return rooms.findById(id).orElseThrow(() -> new MenuEditException(FieldProblem.of("", "manage.rooms.problem.gone")));
    }

    private RoomForm form(Room r) {
        var translated = menu.active().textsByLanguage();
        return new RoomForm(r.getId(), r.getVersion(), r.getCode(), r.getName(),
                translated.getOrDefault(DE, Map.of()).getOrDefault(key(r), ""),
                translated.getOrDefault(RU, Map.of()).getOrDefault(key(r), ""), r.isActive(), r.getSuitableTreatments());
    }

    private static String key(Room room) {
        return "room." + room.getCode();
    }

    private ItemSnapshot snapshot(Room room) {
        RoomForm stored = form(room);
        return snapshot(room, stored.nameDe(), stored.nameRu());
    }

    private ItemSnapshot snapshot(Room room, String nameDe, String nameRu) {
        Map<Long, String> names = menu.active().everyTreatmentName();
        Map<String, String> fields = new TreeMap<>();
        fields.put("name", room.getName());
        fields.put("name.de", nameDe == null ? "" : nameDe.strip());
        fields.put("name.ru", nameRu == null ? "" : nameRu.strip());
        fields.put("inUse", room.isActive() ? "✓" : "✗");
        fields.put("suits", room.getSuitableTreatments().stream().map(id -> names.getOrDefault(id, "#" + id))
                .sorted().collect(Collectors.joining(", ")));
        return new ItemSnapshot(fields);
    }
}
