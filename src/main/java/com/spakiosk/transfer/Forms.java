package com.spakiosk.transfer;

import com.spakiosk.menu.AddOnForm;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.OptionForm;
import com.spakiosk.menu.StepForm;
import com.spakiosk.menu.TreatmentForm;
import com.spakiosk.screening.QuestionForm;
import com.spakiosk.screening.RuleForm;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.OptionEntry;
import com.spakiosk.transfer.MenuDocument.QuestionEntry;
import com.spakiosk.transfer.MenuDocument.RuleEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document's entries as the editors' forms, so that an import is checked by the editors' rules
 * and written through the editors. Codes become the importing spa's ids here and nowhere else.
 */
final class Forms {

    private Forms() {
    }

    static TreatmentForm treatment(TreatmentEntry t) {
        Map<String, TreatmentForm.Texts> texts = new HashMap<>();
        t.texts().forEach((language, w) -> texts.put(language,
                new TreatmentForm.Texts(w.name(), w.summary(), w.description(), w.helpsWith())));
        return new TreatmentForm(t.code(), t.category(), texts, areas(t.bodyAreas()), t.kioskVisible());
    }

    static List<StepForm> steps(TreatmentEntry t) {
        return t.steps().stream().map(s -> {
            Map<String, StepForm.Texts> texts = new HashMap<>();
            s.texts().forEach((language, w) -> texts.put(language, new StepForm.Texts(w.title(), w.instruction())));
            return new StepForm(s.bodyArea(), s.position(), texts);
        }).toList();
    }

    static AddOnForm addOn(AddOnEntry a, Long equipmentId) {
        Map<String, AddOnForm.Texts> texts = new HashMap<>();
        a.texts().forEach((language, w) -> texts.put(language, new AddOnForm.Texts(w.name(), w.description())));
        return new AddOnForm(a.code(), texts, a.price(), a.extraMinutes(), a.placement(), equipmentId,
                equipmentId == null ? null : a.equipmentUnits(), areas(a.bodyAreas()));
    }

    static OptionForm option(OptionEntry o) {
        return new OptionForm(o.code(), o.labels());
    }

    /** The question with its rules' targets as ids; a target the maps lack stays empty (the check names it). */
    static QuestionForm question(QuestionEntry q, Map<String, Long> treatmentIds, Map<String, Long> addOnIds) {
        List<RuleForm> rules = q.rules().stream().map(r -> new RuleForm(r.scope(),
                r.scope() == RuleScope.TREATMENT ? treatmentIds.get(r.target()) : null,
                r.scope() == RuleScope.ADD_ON ? addOnIds.get(r.target()) : null,
                r.scope() == RuleScope.BODY_AREA ? bodyArea(r).orElse(null) : null,
                r.verdict(), reason(q, r))).toList();
        return new QuestionForm(q.code(), q.question(), q.helpText(), q.refusal(), rules);
    }

    /** What the editor stores as a rule's words: a refusal of everything or an area reads the question's. */
    private static Map<String, String> reason(QuestionEntry q, RuleEntry r) {
        return Canonical.readsQuestionRefusal(r) ? Map.of(MenuLanguages.ENGLISH,
                q.refusal().getOrDefault(MenuLanguages.ENGLISH, "")) : r.reason();
    }

    static Optional<BodyArea> bodyArea(RuleEntry r) {
        try {
            return Optional.of(BodyArea.valueOf(Canonical.strip(r.target())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<BodyArea> areas(List<BodyArea> areas) {
        return areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas);
    }
}
