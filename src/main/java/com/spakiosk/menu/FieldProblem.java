package com.spakiosk.menu;

import java.util.List;

/**
 * Why an entry was refused, for one field: the field's name in the form ("code", "name.de",
 * "variant.minutes", "step.3.title.en") and a message key of the staff texts with its arguments,
 * so that the editor shows it at the field in the manager's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
