package com.spakiosk.transfer;

import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.TreatmentEdit;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.screening.ScreeningEditor;
import com.spakiosk.transfer.ImportProblem.ItemKind;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.OptionEntry;
import com.spakiosk.transfer.MenuDocument.QuestionEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import com.spakiosk.transfer.MenuDocument.VariantEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Makes the spa what the target document says, one editor call per change, so that every change
 * is validated, written at the item's version, recorded in its history as the manager's and
 * announced to the kiosks, exactly as if the manager had made it in the editor. Runs in the
 * caller's transaction: a refusal anywhere undoes everything.
 */
@Component
class MenuImport {

    private final TreatmentEditor treatments;
    private final AddOnEditor addOns;
    private final ScreeningEditor screening;

    MenuImport(TreatmentEditor treatments, AddOnEditor addOns, ScreeningEditor screening) {
        this.treatments = treatments;
        this.addOns = addOns;
        this.screening = screening;
    }

    void apply(SpaMenu now, MenuDocument target, Map<String, Long> equipmentIds, BookingsDecision decision) {
        Map<String, Long> treatmentIds = ids(now.treatments());
        Map<String, Long> addOnIds = ids(now.addOns());
        Map<String, Long> questionIds = ids(now.questions());
        var before = now.document();
        Map<String, TreatmentEntry> treatmentsBefore = MenuDiff.byCode(before.treatments(), TreatmentEntry::code);
        for (TreatmentEntry t : target.treatments()) {
            refusedAs(ItemKind.TREATMENT, t.code(), () -> treatment(treatmentsBefore.get(t.code()), t, treatmentIds,
                    decision));
        }
        Map<String, AddOnEntry> addOnsBefore = MenuDiff.byCode(before.addOns(), AddOnEntry::code);
        for (AddOnEntry a : target.addOns()) {
            refusedAs(ItemKind.ADD_ON, a.code(), () -> addOn(addOnsBefore.get(a.code()), a, addOnIds, treatmentIds,
                    equipmentIds, decision));
        }
        Map<String, QuestionEntry> questionsBefore = MenuDiff.byCode(before.questions(), QuestionEntry::code);
        for (QuestionEntry q : target.questions()) {
            refusedAs(ItemKind.QUESTION, q.code(), () -> question(questionsBefore.get(q.code()), q, questionIds,
                    treatmentIds, addOnIds));
        }
        reorder(target, treatmentIds, addOnIds, questionIds);
    }

    private void treatment(TreatmentEntry before, TreatmentEntry t, Map<String, Long> ids, BookingsDecision decision) {
        long id;
        if (before == null) {
            id = treatments.create(Forms.treatment(t));
            ids.put(t.code(), id);
            before = new TreatmentEntry(t.code(), t.category(), null, true, t.kioskVisible(), t.bodyAreas(), t.texts(),
                    List.of(), List.of());
        } else {
            id = ids.get(t.code());
            if (!Forms.treatment(before).equals(Forms.treatment(t))) {
                treatments.update(id, treatmentVersion(id), Forms.treatment(t));
            }
        }
        Map<Integer, VariantEntry> had = before.variants().stream()
                .collect(Collectors.toMap(VariantEntry::minutes, v -> v));
        for (VariantEntry v : t.variants()) {
            VariantEntry was = had.get(v.minutes());
            if (was == null) {
                treatments.addVariant(id, treatmentVersion(id), v.minutes(), v.price());
                was = new VariantEntry(v.minutes(), v.price(), false);
            } else if (was.price().compareTo(v.price()) != 0) {
                treatments.changePrice(id, treatmentVersion(id), variantId(id, v.minutes()), v.price());
            }
            if (was.retired() != v.retired()) {
                treatments.setVariantActive(id, treatmentVersion(id), variantId(id, v.minutes()), !v.retired(),
                        decision);
            }
        }
        if (!before.steps().equals(t.steps())) {
            treatments.saveSteps(id, treatmentVersion(id), Forms.steps(t));
        }
        if (before.active() != t.active()) {
            treatments.setActive(id, treatmentVersion(id), t.active(), decision);
        }
    }

    private void addOn(AddOnEntry before, AddOnEntry a, Map<String, Long> ids, Map<String, Long> treatmentIds,
                       Map<String, Long> equipmentIds, BookingsDecision decision) {
        Long equipment = a.equipment() == null ? null : equipmentIds.get(a.equipment());
        long id;
        if (before == null) {
            id = addOns.create(Forms.addOn(a, equipment));
            ids.put(a.code(), id);
            before = new AddOnEntry(a.code(), null, true, a.texts(), a.price(), a.extraMinutes(), a.placement(),
                    a.equipment(), a.equipmentUnits(), a.bodyAreas(), List.of(), List.of());
        } else {
            id = ids.get(a.code());
            Long equipmentBefore = before.equipment() == null ? null : equipmentIds.get(before.equipment());
            if (!Forms.addOn(before, equipmentBefore).equals(Forms.addOn(a, equipment))) {
                addOns.update(id, addOnVersion(id), Forms.addOn(a, equipment));
            }
        }
        Map<String, OptionEntry> had = MenuDiff.byCode(before.options(), OptionEntry::code);
        for (OptionEntry o : a.options()) {
            OptionEntry was = had.get(o.code());
            if (was == null) {
                addOns.addOption(id, addOnVersion(id), Forms.option(o));
                was = new OptionEntry(o.code(), true, o.labels());
            } else if (!was.labels().equals(o.labels())) {
                addOns.relabelOption(id, addOnVersion(id), Forms.option(o));
            }
            if (!Objects.equals(was.active(), o.active())) {
                addOns.setOptionActive(id, addOnVersion(id), o.code(), o.active());
            }
        }
        if (!before.treatments().equals(a.treatments())) {
            Set<Long> allowed = a.treatments().stream().map(treatmentIds::get).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            addOns.allowOnlyWith(id, addOnVersion(id), allowed, decision);
        }
        if (before.active() != a.active()) {
            addOns.setActive(id, addOnVersion(id), a.active(), decision);
        }
    }

    private void question(QuestionEntry before, QuestionEntry q, Map<String, Long> ids, Map<String, Long> treatmentIds,
                          Map<String, Long> addOnIds) {
        var form = Forms.question(q, treatmentIds, addOnIds);
        long id;
        if (before == null) {
            id = screening.create(form);
            ids.put(q.code(), id);
        } else {
            id = ids.get(q.code());
            if (!withoutPlace(before).equals(withoutPlace(q))) {
                screening.update(id, screening.question(id).version(), form);
            }
        }
        if ((before == null || before.active()) != q.active()) {
            screening.setActive(id, screening.question(id).version(), q.active());
        }
    }

    /** The kiosk's order of each list as the target has it; unchanged lists are left alone. */
    private void reorder(MenuDocument target, Map<String, Long> treatmentIds, Map<String, Long> addOnIds,
                         Map<String, Long> questionIds) {
        List<Long> t = target.treatments().stream().map(e -> treatmentIds.get(e.code())).toList();
        if (!t.equals(treatments.treatments().stream().map(r -> r.id()).toList())) {
            treatments.reorder(t);
        }
        List<Long> a = target.addOns().stream().map(e -> addOnIds.get(e.code())).toList();
        if (!a.equals(addOns.addOns().stream().map(r -> r.id()).toList())) {
            addOns.reorder(a);
        }
        List<Long> q = target.questions().stream().map(e -> questionIds.get(e.code())).toList();
        if (!q.equals(screening.questions().stream().map(r -> r.id()).toList())) {
            screening.reorder(q);
        }
    }

    private static QuestionEntry withoutPlace(QuestionEntry q) {
        return new QuestionEntry(q.code(), 0, true, q.question(), q.helpText(), q.refusal(), q.rules());
    }

    private long treatmentVersion(long id) {
        return treatments.treatment(id).version();
    }

    private long addOnVersion(long id) {
        return addOns.addOn(id).version();
    }

    private long variantId(long treatmentId, int minutes) {
        return treatments.treatment(treatmentId).variants().stream().filter(v -> v.minutes() == minutes)
                .mapToLong(TreatmentEdit.Variant::id).findFirst().orElseThrow();
    }

    /** An editor's refusal, named after the item it concerns. */
    private static void refusedAs(ItemKind kind, String code, Runnable change) {
        try {
            change.run();
        } catch (MenuEditException e) {
            throw new ImportRefusedException(e.problems().stream().map(p -> new ImportProblem(kind, code, p)).toList());
        }
    }

    private static Map<String, Long> ids(Map<String, SpaMenu.Ref> refs) {
        Map<String, Long> ids = new HashMap<>();
        refs.forEach((code, ref) -> ids.put(code, ref.id()));
        return ids;
    }

}
