package com.spakiosk.screening;

import com.spakiosk.menu.BodyArea;
import java.util.Map;

/**
 * One rule as the manager enters it: a "yes" gives {@code verdict} to what the scope names (the
 * treatment, add-on or body area that goes with it), with its reason per language. A refusal
 * (BLOCKED) is what the guest reads; any other verdict is a note for the therapist. A refusal
 * of everything or of a body area reads the question's own refusal wording.
 */
public record RuleForm(RuleScope scope, Long treatmentId, Long addOnId, BodyArea bodyArea, Verdict verdict,
                       Map<String, String> reason) {

    public RuleForm {
        reason = reason == null ? Map.of() : Map.copyOf(reason);
    }

    public String reason(String language) {
        String text = reason.get(language);
        return text == null ? "" : text.strip();
    }

    /** Whether this rule names one treatment or add-on, and so has its own guest wording. */
    public boolean hasOwnTarget() {
        return scope == RuleScope.TREATMENT || scope == RuleScope.ADD_ON;
    }

    /** Whether the guest reads the question's refusal wording for this rule. */
    public boolean readsQuestionRefusal() {
        return verdict == Verdict.BLOCKED && !hasOwnTarget();
    }
}
