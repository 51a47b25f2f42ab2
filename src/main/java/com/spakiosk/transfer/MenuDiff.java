package com.spakiosk.transfer;

import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.transfer.ImportProblem.ItemKind;
import com.spakiosk.transfer.ImportSummary.ItemChange;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.OptionEntry;
import com.spakiosk.transfer.MenuDocument.QuestionEntry;
import com.spakiosk.transfer.MenuDocument.RuleEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import com.spakiosk.transfer.MenuDocument.VariantEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an imported document means for the spa, worked out on two canonical documents (the spa's
 * own export and the import): the target the spa should become, and the summary of the
 * difference. Items and durations and options the document lacks are not deleted but retired,
 * placed after the document's items. Pure: no database, no framework.
 */
final class MenuDiff {

    private MenuDiff() {
    }

    /** The spa as it should be after the import: the document, completed by what it retires. */
    static MenuDocument target(MenuDocument current, MenuDocument incoming) {
        Map<String, TreatmentEntry> treatments = byCode(current.treatments(), TreatmentEntry::code);
        Map<String, AddOnEntry> addOns = byCode(current.addOns(), AddOnEntry::code);
        Map<String, QuestionEntry> questions = byCode(current.questions(), QuestionEntry::code);
        List<TreatmentEntry> t = new ArrayList<>();
        for (TreatmentEntry in : incoming.treatments()) {
            List<VariantEntry> variants = new ArrayList<>(in.variants());
            Set<Integer> kept = in.variants().stream().map(VariantEntry::minutes).collect(Collectors.toSet());
            TreatmentEntry now = treatments.get(in.code());
            if (now != null) {
                now.variants().stream().filter(v -> !kept.contains(v.minutes()))
                        .forEach(v -> variants.add(new VariantEntry(v.minutes(), v.price(), true)));
            }
            t.add(new TreatmentEntry(in.code(), in.category(), in.kioskOrder(), in.active(), in.kioskVisible(),
                    in.bodyAreas(), in.texts(), variants, in.steps()));
        }
        current.treatments().stream().filter(c -> !codes(incoming.treatments(), TreatmentEntry::code).contains(c.code()))
                .forEach(c -> t.add(new TreatmentEntry(c.code(), c.category(), null, false, c.kioskVisible(),
                        c.bodyAreas(), c.texts(), c.variants(), c.steps())));
        List<AddOnEntry> a = new ArrayList<>();
        for (AddOnEntry in : incoming.addOns()) {
            List<OptionEntry> options = new ArrayList<>(in.options());
            Set<String> kept = codes(in.options(), OptionEntry::code);
            AddOnEntry now = addOns.get(in.code());
            if (now != null) {
                now.options().stream().filter(o -> !kept.contains(o.code()))
                        .forEach(o -> options.add(new OptionEntry(o.code(), false, o.labels())));
            }
            a.add(new AddOnEntry(in.code(), in.kioskOrder(), in.active(), in.texts(), in.price(), in.extraMinutes(),
                    in.placement(), in.equipment(), in.equipmentUnits(), in.bodyAreas(), options, in.treatments()));
        }
        current.addOns().stream().filter(c -> !codes(incoming.addOns(), AddOnEntry::code).contains(c.code()))
                .forEach(c -> a.add(new AddOnEntry(c.code(), null, false, c.texts(), c.price(), c.extraMinutes(),
                        c.placement(), c.equipment(), c.equipmentUnits(), c.bodyAreas(), c.options(), c.treatments())));
        List<QuestionEntry> q = new ArrayList<>(incoming.questions());
        current.questions().stream().filter(c -> !codes(incoming.questions(), QuestionEntry::code).contains(c.code()))
                .forEach(c -> q.add(new QuestionEntry(c.code(), null, false, c.question(), c.helpText(), c.refusal(),
                        c.rules())));
        // Retired items have no place in the document: numbering puts them after its own, in the spa's order.
        return Canonical.of(new MenuDocument(incoming.kind(), incoming.format(), incoming.currency(), t, a, q));
    }

    /** The difference between the spa now and the target, item by item and field by field. */
    static ImportSummary summary(MenuDocument current, MenuDocument incoming, MenuDocument target) {
        List<ItemChange> created = new ArrayList<>();
        List<ItemChange> changed = new ArrayList<>();
        List<ItemChange> retired = new ArrayList<>();
        List<ItemKind> reordered = new ArrayList<>();
        compare(ItemKind.TREATMENT, current.treatments(), incoming.treatments(), target.treatments(),
                TreatmentEntry::code, TreatmentEntry::active, MenuDiff::fields, created, changed, retired, reordered);
        compare(ItemKind.ADD_ON, current.addOns(), incoming.addOns(), target.addOns(), AddOnEntry::code,
                AddOnEntry::active, MenuDiff::fields, created, changed, retired, reordered);
        compare(ItemKind.QUESTION, current.questions(), incoming.questions(), target.questions(), QuestionEntry::code,
                QuestionEntry::active, MenuDiff::fields, created, changed, retired, reordered);
        return new ImportSummary(created, changed, retired, reordered);
    }

    private static <T> void compare(ItemKind kind, List<T> current, List<T> incoming, List<T> target,
                                    Function<T, String> code, Function<T, Boolean> active,
                                    Function<T, Map<String, String>> fields, List<ItemChange> created,
                                    List<ItemChange> changed, List<ItemChange> retired, List<ItemKind> reordered) {
        Map<String, T> now = byCode(current, code);
        Set<String> inDocument = codes(incoming, code);
        for (T item : target) {
            T before = now.get(code.apply(item));
            var after = new ItemSnapshot(fields.apply(item));
            if (before == null) {
                created.add(new ItemChange(kind, code.apply(item), new ItemSnapshot(Map.of()).changesTo(after)));
                continue;
            }
            List<ItemSnapshot.Change> diff = new ItemSnapshot(fields.apply(before)).changesTo(after);
            if (diff.isEmpty()) {
                continue;
            }
            boolean retiring = !inDocument.contains(code.apply(item)) && active.apply(before);
            (retiring ? retired : changed).add(new ItemChange(kind, code.apply(item), diff));
        }
        List<String> orderNow = current.stream().map(code).toList();
        List<String> orderThen = target.stream().map(code).filter(now::containsKey).toList();
        if (!orderNow.equals(orderThen)) {
            reordered.add(kind);
        }
    }

    /** A treatment's fields as text, named as the editor's history names them. */
    static Map<String, String> fields(TreatmentEntry t) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", Objects.toString(t.category(), ""));
        f.put("active", String.valueOf(t.active()));
        f.put("kioskVisible", String.valueOf(t.kioskVisible()));
        f.put("bodyAreas", t.bodyAreas().toString());
        for (String language : MenuLanguages.ALL) {
            var words = t.texts().get(language);
            f.put("name." + language, words == null ? "" : words.name());
            f.put("summary." + language, words == null ? "" : words.summary());
            f.put("description." + language, words == null ? "" : words.description());
            f.put("helpsWith." + language, words == null ? "" : words.helpsWith());
        }
        for (VariantEntry v : t.variants()) {
            f.put("variant." + v.minutes() + ".price", Objects.toString(v.price(), ""));
            f.put("variant." + v.minutes() + ".active", String.valueOf(!v.retired()));
        }
        for (int i = 0; i < t.steps().size(); i++) {
            var step = t.steps().get(i);
            String prefix = "step." + (i + 1) + ".";
            f.put(prefix + "area", Objects.toString(step.bodyArea(), ""));
            f.put(prefix + "position", Objects.toString(step.position(), ""));
            for (String language : MenuLanguages.ALL) {
                var words = step.texts().get(language);
                f.put(prefix + "title." + language, words == null ? "" : words.title());
                f.put(prefix + "instruction." + language, words == null ? "" : words.instruction());
            }
        }
        return f;
    }

    static Map<String, String> fields(AddOnEntry a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("active", String.valueOf(a.active()));
        f.put("price", Objects.toString(a.price(), ""));
        f.put("extraMinutes", Objects.toString(a.extraMinutes(), ""));
        f.put("placement", Objects.toString(a.placement(), ""));
        f.put("equipment", Objects.toString(a.equipment(), ""));
        f.put("equipmentUnits", Objects.toString(a.equipmentUnits(), ""));
        f.put("bodyAreas", a.bodyAreas().toString());
        f.put("treatments", a.treatments().toString());
        for (String language : MenuLanguages.ALL) {
            var words = a.texts().get(language);
            f.put("name." + language, words == null ? "" : words.name());
            f.put("description." + language, words == null ? "" : words.description());
        }
        for (OptionEntry o : a.options()) {
            f.put("option." + o.code() + ".active", String.valueOf(o.active()));
            for (String language : MenuLanguages.ALL) {
                f.put("option." + o.code() + ".label." + language, o.labels().getOrDefault(language, ""));
            }
        }
        return f;
    }

    static Map<String, String> fields(QuestionEntry q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("active", String.valueOf(q.active()));
        f.put("helpText", q.helpText());
        for (String language : MenuLanguages.ALL) {
            f.put("question." + language, q.question().getOrDefault(language, ""));
            f.put("refusal." + language, q.refusal().getOrDefault(language, ""));
        }
        for (RuleEntry r : q.rules()) {
            String reason = MenuLanguages.ALL.stream().map(l -> r.reason().getOrDefault(l, ""))
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" / "));
            f.put("rule." + r.scope() + (r.target() == null ? "" : "." + r.target()),
                    r.verdict() + (reason.isEmpty() ? "" : ": " + reason));
        }
        return f;
    }

    static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        Map<String, T> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.putIfAbsent(code.apply(i), i));
        return byCode;
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
        return items.stream().map(code).collect(Collectors.toSet());
    }
}
