package com.spakiosk.transfer;

import com.spakiosk.menu.AddOnValidation;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuValidation;
import com.spakiosk.menu.SpaEquipment;
import com.spakiosk.screening.QuestionValidation;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.transfer.ImportProblem.ItemKind;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.OptionEntry;
import com.spakiosk.transfer.MenuDocument.QuestionEntry;
import com.spakiosk.transfer.MenuDocument.RuleEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import com.spakiosk.transfer.MenuDocument.VariantEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything wrong with a menu document before anything is written, as one list: the format and
 * currency, codes given twice, words in unknown languages, equipment the spa does not have,
 * treatments and add-ons that rules and add-ons name but the document lacks, and every field the
 * editors would refuse (by the editors' own rules). Pure: the spa's facts come as arguments.
 *
 * @param currency  the spa's currency
 * @param grid      the booking grid: durations and extra minutes are whole steps of it
 * @param equipment the spa's equipment by code
 * @param current   the spa now: a value an item already has may stay (as in the editors)
 */
record DocumentCheck(Currency currency, Duration grid, Map<String, SpaEquipment.Kind> equipment,
                     MenuDocument current) {

    /** The problems of a (canonical) document; none means the editors will take it. */
    List<ImportProblem> problems(MenuDocument d) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!MenuDocument.KIND.equals(d.kind())) {
            problems.add(ImportProblem.ofDocument("kind", "transfer.problem.kind"));
            return problems;
        }
        if (d.format() == null || d.format() != MenuDocument.FORMAT) {
            problems.add(ImportProblem.ofDocument("format", "transfer.problem.format", String.valueOf(d.format()),
                    MenuDocument.FORMAT));
            return problems;
        }
        if (!currency.getCurrencyCode().equals(Canonical.strip(d.currency()))) {
            problems.add(ImportProblem.ofDocument("currency", "transfer.problem.currency",
                    Canonical.strip(d.currency()), currency.getCurrencyCode()));
        }
        Set<String> treatmentCodes = codes(d.treatments(), TreatmentEntry::code, ItemKind.TREATMENT, problems);
        Set<String> addOnCodes = codes(d.addOns(), AddOnEntry::code, ItemKind.ADD_ON, problems);
        codes(d.questions(), QuestionEntry::code, ItemKind.QUESTION, problems);
        d.treatments().forEach(t -> treatment(t, problems));
        d.addOns().forEach(a -> addOn(a, treatmentCodes, problems));
        Map<String, Long> treatmentIds = provisionalIds(d.treatments().stream().map(TreatmentEntry::code).toList());
        Map<String, Long> addOnIds = provisionalIds(d.addOns().stream().map(AddOnEntry::code).toList());
        d.questions().forEach(q -> question(q, treatmentCodes, addOnCodes, treatmentIds, addOnIds, problems));
        return problems;
    }

    private void treatment(TreatmentEntry t, List<ImportProblem> problems) {
        List<FieldProblem> found = new ArrayList<>(languages(t.texts().keySet(), "texts"));
        found.addAll(MenuValidation.treatment(Forms.treatment(t), false));
        TreatmentEntry now = MenuDiff.byCode(current.treatments(), TreatmentEntry::code).get(t.code());
        Set<Integer> had = now == null ? Set.of() : new HashSet<>(now.variants().stream().map(VariantEntry::minutes)
                .toList());
        Set<Integer> seen = new HashSet<>();
        for (VariantEntry v : t.variants()) {
            if (had.contains(v.minutes()) && !seen.contains(v.minutes())) {
                seen.add(v.minutes()); // a duration the spa has may stay as it is, on the grid or not
            } else {
                found.addAll(MenuValidation.minutes(v.minutes(), grid, seen));
                seen.add(v.minutes());
            }
            found.addAll(MenuValidation.price("variant." + v.minutes() + ".price", v.price(), currency));
        }
        t.steps().forEach(s -> found.addAll(languages(s.texts().keySet(), "step.texts")));
        found.addAll(MenuValidation.steps(Forms.steps(t)));
        found.forEach(p -> problems.add(new ImportProblem(ItemKind.TREATMENT, t.code(), p)));
    }

    private void addOn(AddOnEntry a, Set<String> treatmentCodes, List<ImportProblem> problems) {
        List<FieldProblem> found = new ArrayList<>(languages(a.texts().keySet(), "texts"));
        Long equipmentId = null;
        if (a.equipment() != null) {
            SpaEquipment.Kind kind = equipment.get(a.equipment());
            if (kind == null) {
                found.add(FieldProblem.of("equipment", "transfer.problem.equipment", a.equipment()));
            } else {
                equipmentId = kind.id();
            }
        }
        AddOnEntry now = MenuDiff.byCode(current.addOns(), AddOnEntry::code).get(a.code());
        found.addAll(AddOnValidation.addOn(Forms.addOn(a, equipmentId), false, currency, grid,
                now == null ? null : now.extraMinutes(), List.copyOf(equipment.values())));
        Set<String> options = new HashSet<>();
        for (OptionEntry o : a.options()) {
            String prefix = "option." + o.code() + ".";
            found.addAll(languages(o.labels().keySet(), prefix + "labels"));
            if (!options.add(o.code())) {
                found.add(FieldProblem.of(prefix + "code", "manage.addOns.problem.optionTaken"));
            }
            AddOnValidation.newOption(Forms.option(o), false).forEach(p -> found.add(new FieldProblem(
                    prefix + p.field().substring("option.".length()), p.messageKey(), p.args())));
        }
        a.treatments().stream().filter(code -> !treatmentCodes.contains(code))
                .forEach(code -> found.add(FieldProblem.of("treatments", "transfer.problem.noTreatment", code)));
        found.forEach(p -> problems.add(new ImportProblem(ItemKind.ADD_ON, a.code(), p)));
    }

    private static void question(QuestionEntry q, Set<String> treatmentCodes, Set<String> addOnCodes,
                                 Map<String, Long> treatmentIds, Map<String, Long> addOnIds,
                                 List<ImportProblem> problems) {
        List<FieldProblem> found = new ArrayList<>(languages(q.question().keySet(), "question"));
        found.addAll(languages(q.refusal().keySet(), "refusal"));
        Set<String> badTargets = new HashSet<>();
        for (int i = 0; i < q.rules().size(); i++) {
            RuleEntry r = q.rules().get(i);
            String field = "rule." + (i + 1) + ".target";
            found.addAll(languages(r.reason().keySet(), "rule." + (i + 1) + ".reason"));
            if (r.scope() == RuleScope.TREATMENT && !treatmentCodes.contains(r.target())) {
                found.add(FieldProblem.of(field, "transfer.problem.noTreatment", String.valueOf(r.target())));
                badTargets.add(field);
            } else if (r.scope() == RuleScope.ADD_ON && !addOnCodes.contains(r.target())) {
                found.add(FieldProblem.of(field, "transfer.problem.noAddOn", String.valueOf(r.target())));
                badTargets.add(field);
            } else if (r.scope() == RuleScope.BODY_AREA && Forms.bodyArea(r).isEmpty()) {
                found.add(FieldProblem.of(field, "transfer.problem.bodyArea", String.valueOf(r.target())));
                badTargets.add(field);
            }
        }
        QuestionValidation.problems(Forms.question(q, treatmentIds, addOnIds), false, invert(treatmentIds),
                invert(addOnIds)).stream().filter(p -> !badTargets.contains(p.field())).forEach(found::add);
        found.forEach(p -> problems.add(new ImportProblem(ItemKind.QUESTION, q.code(), p)));
    }

    /** Every code given once; returns the codes. */
    private static <T> Set<String> codes(List<T> items, Function<T, String> code, ItemKind kind,
                                         List<ImportProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String c = code.apply(item);
            // The code's format is the editors' check of each item; here only whether it comes twice.
            if (!c.isEmpty() && !seen.add(c)) {
                problems.add(new ImportProblem(kind, c, FieldProblem.of("code", "transfer.problem.duplicate")));
            }
        }
        return seen;
    }

    private static List<FieldProblem> languages(Set<String> given, String field) {
        return given.stream().filter(l -> !MenuLanguages.ALL.contains(l))
                .map(l -> FieldProblem.of(field + "." + l, "transfer.problem.language", l)).toList();
    }

    /** Stand-in ids for the editors' rule check, before the items exist. */
    private static Map<String, Long> provisionalIds(List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        codes.forEach(c -> ids.putIfAbsent(c, (long) ids.size() + 1));
        return ids;
    }

    private static Map<Long, String> invert(Map<String, Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        ids.forEach((code, id) -> codes.put(id, code));
        return codes;
    }
}
