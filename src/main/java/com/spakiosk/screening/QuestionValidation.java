package com.spakiosk.screening;

import com.spakiosk.menu.FieldProblem;
import java.util.List;
import java.util.Map;

/**
 * The rules a screening question must keep, for callers outside the editor (the menu import
 * checks a whole document before it writes anything): the editor's own rules, not a copy.
 */
public final class QuestionValidation {

    private QuestionValidation() {
    }

    /**
     * The question's problems, field by field, as the editor would refuse it; rules name their
     * targets by the ids in {@code treatmentCodes} and {@code addOnCodes} (id to code).
     */
    public static List<FieldProblem> problems(QuestionForm form, boolean codeTaken, Map<Long, String> treatmentCodes,
                                              Map<Long, String> addOnCodes) {
        return ScreeningEditor.problems(form, codeTaken, new ScreeningEditor.Codes(treatmentCodes, addOnCodes));
    }
}
