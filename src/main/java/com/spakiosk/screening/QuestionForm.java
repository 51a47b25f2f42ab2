package com.spakiosk.screening;

import java.util.List;
import java.util.Map;

/**
 * A screening question as the manager enters it: its code, the question per language (English
 * required), why we ask (for staff), the refusal the guest reads when a "yes" rules out everything
 * or a body area (per language), and its rules.
 */
public record QuestionForm(String code, Map<String, String> question, String helpText, Map<String, String> refusal,
                           List<RuleForm> rules) {

    public QuestionForm {
        question = question == null ? Map.of() : Map.copyOf(question);
        refusal = refusal == null ? Map.of() : Map.copyOf(refusal);
        helpText = helpText == null ? "" : helpText.strip();
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public String question(String language) {
        String text = question.get(language);
        return text == null ? "" : text.strip();
    }

    public String refusal(String language) {
        String text = refusal.get(language);
        return text == null ? "" : text.strip();
    }

    /** Whether some rule refuses everything or a body area, so that the question's refusal wording is read. */
    public boolean needsRefusal() {
        return rules.stream().anyMatch(RuleForm::readsQuestionRefusal);
    }
}
