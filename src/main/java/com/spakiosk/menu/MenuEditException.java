package com.spakiosk.menu;

import java.util.List;
import java.util.stream.Collectors;

/** A manager's change was refused, with a problem per field; nothing was written. */
public class MenuEditException extends RuntimeException {

    private final List<FieldProblem> problems;

    public MenuEditException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey() + " " + p.args())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public MenuEditException(FieldProblem problem) {
        this(List.of(problem));
    }

    /** Refuses when there is any problem; nothing has been written by then. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new MenuEditException(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Whether the refusal concerns this field. */
    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
