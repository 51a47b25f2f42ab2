package com.spakiosk.screening;

import java.util.Set;

/** A screening question in the manager's list: its words, whether the kiosk asks it, its rules, missing languages. */
public record QuestionRow(long id, long version, String code, String question, boolean active, int rules,
                          Set<String> missingLanguages) {

    public QuestionRow {
        missingLanguages = Set.copyOf(missingLanguages);
    }
}
