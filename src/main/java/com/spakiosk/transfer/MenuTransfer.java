package com.spakiosk.transfer;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.FutureBookings;
import com.spakiosk.menu.MenuChange;
import com.spakiosk.menu.MenuHistory;
import com.spakiosk.menu.SpaEquipment;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.EquipmentType;
import com.spakiosk.staff.StaffService;
import com.spakiosk.transfer.ImportProblem.ItemKind;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole menu and screening as one JSON document: exported for a backup or another spa, and
 * imported in two steps. {@link #check} reads and validates the document completely and says
 * what it would create, change and retire, and which coming bookings that touches, writing
 * nothing; {@link #apply} then makes those changes through the editors in one transaction, all
 * or nothing, and only to the spa as the manager saw it.
 */
@Service
public class MenuTransfer {

    /** A menu of a large spa is a few hundred kilobytes; anything far bigger is not a menu. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final MenuExport export;
    private final MenuImport importer;
    private final TreatmentEditor treatments;
    private final AddOnEditor addOns;
    private final StaffService staff;
    private final MenuHistory history;
    private final SpaProperties spa;

    MenuTransfer(MenuExport export, MenuImport importer, TreatmentEditor treatments, AddOnEditor addOns,
                 StaffService staff, MenuHistory history, SpaProperties spa) {
        this.export = export;
        this.importer = importer;
        this.treatments = treatments;
        this.addOns = addOns;
        this.staff = staff;
        this.history = history;
        this.spa = spa;
    }

    /** The spa's menu and screening now, as the document an import takes. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public MenuDocument export() {
        return export.read().document();
    }

    /** The same as UTF-8 JSON, for the download. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public byte[] exportJson() {
        return MenuDocumentJson.write(export());
    }

    /**
     * Reads and checks a document against the spa, writing nothing: every problem at once, or
     * what an import would do (an own export gives "nothing to change").
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public ImportCheck check(byte[] json) {
        if (json.length > MAX_BYTES) {
            return ImportCheck.refused(List.of(ImportProblem.ofDocument("", "transfer.problem.tooBig",
                    MAX_BYTES / 1024)));
        }
        MenuDocument incoming;
        try {
            incoming = Canonical.of(MenuDocumentJson.read(json));
        } catch (ImportRefusedException e) {
            return ImportCheck.refused(e.problems());
        }
        SpaMenu now = export.read();
        List<ImportProblem> problems = checker(now).problems(incoming);
        if (!problems.isEmpty()) {
            return ImportCheck.refused(problems);
        }
        MenuDocument target = MenuDiff.target(now.document(), incoming);
        return new ImportCheck(List.of(), MenuDiff.summary(now.document(), incoming, target),
                affected(now, target), incoming, now);
    }

    /**
     * Imports a checked document: creates, changes and retires through the editors (validated
     * again, recorded in each item's history as the signed-in manager's change, announced to the
     * kiosks), with the coming bookings it leaves behind kept or cancelled as decided. Refused as
     * a whole, nothing written, when the document has problems or the menu changed since the check.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public ImportSummary apply(ImportCheck checked, BookingsDecision decision) {
        if (!checked.ok()) {
            throw new ImportRefusedException(checked.problems());
        }
        SpaMenu now = export.read();
        refuseIfChangedSince(checked.seen(), now);
        MenuDocument target = MenuDiff.target(now.document(), checked.document());
        importer.apply(now, target, equipmentIds(), decision);
        return checked.summary();
    }

    private DocumentCheck checker(SpaMenu now) {
        Map<String, SpaEquipment.Kind> equipment = new LinkedHashMap<>();
        staff.allEquipment().forEach(e -> equipment.put(e.getCode(), new SpaEquipment.Kind(e.getId(), e.getName(),
                e.getQuantity())));
        return new DocumentCheck(spa.currency(), treatments.grid(), equipment, now.document());
    }

    private Map<String, Long> equipmentIds() {
        return staff.allEquipment().stream().collect(Collectors.toMap(EquipmentType::getCode, EquipmentType::getId));
    }

    /** Someone changed the menu after the manager's check: the summary would not be what happens. */
    private void refuseIfChangedSince(SpaMenu seen, SpaMenu now) {
        stale(ItemKind.TREATMENT, MenuChange.Kind.TREATMENT, seen.treatments(), now.treatments());
        stale(ItemKind.ADD_ON, MenuChange.Kind.ADD_ON, seen.addOns(), now.addOns());
        stale(ItemKind.QUESTION, MenuChange.Kind.QUESTION, seen.questions(), now.questions());
    }

    private void stale(ItemKind kind, MenuChange.Kind historyKind, Map<String, SpaMenu.Ref> seen,
                       Map<String, SpaMenu.Ref> now) {
        for (var e : now.entrySet()) {
            SpaMenu.Ref before = seen.get(e.getKey());
            if (before == null) {
                throw new ImportRefusedException(List.of(new ImportProblem(kind, e.getKey(),
                        com.spakiosk.menu.FieldProblem.of("", "transfer.problem.added"))));
            }
            if (before.version() != e.getValue().version()) {
                var refusal = history.stale(historyKind, e.getValue().id());
                throw new ImportRefusedException(refusal.problems().stream()
                        .map(p -> new ImportProblem(kind, e.getKey(), p)).toList());
            }
        }
    }

    /** The coming bookings the import would leave behind: of treatments, durations and add-ons it retires. */
    private List<FutureBookings.Affected> affected(SpaMenu now, MenuDocument target) {
        Map<Long, FutureBookings.Affected> affected = new LinkedHashMap<>();
        Map<String, TreatmentEntry> treatmentsNow = MenuDiff.byCode(now.document().treatments(), TreatmentEntry::code);
        for (TreatmentEntry t : target.treatments()) {
            TreatmentEntry was = treatmentsNow.get(t.code());
            if (was == null) {
                continue;
            }
            long id = now.treatments().get(t.code()).id();
            if (was.active() && !t.active()) {
                treatments.affectedByDeactivating(id).forEach(a -> affected.putIfAbsent(a.bookingId(), a));
            }
            Set<Integer> retiring = t.variants().stream().filter(MenuDocument.VariantEntry::retired)
                    .map(MenuDocument.VariantEntry::minutes).collect(Collectors.toSet());
            was.variants().stream().filter(v -> !v.retired() && retiring.contains(v.minutes()))
                    .forEach(v -> treatments.affectedByRetiring(now.variantIds().get(t.code()).get(v.minutes()))
                            .forEach(a -> affected.putIfAbsent(a.bookingId(), a)));
        }
        Map<String, AddOnEntry> addOnsNow = MenuDiff.byCode(now.document().addOns(), AddOnEntry::code);
        for (AddOnEntry a : target.addOns()) {
            AddOnEntry was = addOnsNow.get(a.code());
            if (was == null) {
                continue;
            }
            long id = now.addOns().get(a.code()).id();
            if (was.active() && !a.active()) {
                addOns.affectedByDeactivating(id).forEach(b -> affected.putIfAbsent(b.bookingId(), b));
            } else if (!a.treatments().containsAll(was.treatments())) {
                Set<Long> kept = a.treatments().stream().map(now.treatments()::get).filter(Objects::nonNull)
                        .map(SpaMenu.Ref::id).collect(Collectors.toSet());
                addOns.affectedByAllowingOnly(id, kept).forEach(b -> affected.putIfAbsent(b.bookingId(), b));
            }
        }
        List<FutureBookings.Affected> list = new ArrayList<>(affected.values());
        list.sort(Comparator.comparing(FutureBookings.Affected::startsAt));
        return list;
    }
}
