package com.spakiosk.transfer;

import java.util.List;
import java.util.stream.Collectors;

/** A menu document was refused, with every problem found; nothing was written. */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.stream().map(p -> p.kind() + " " + p.code() + " " + p.problem().field() + ": "
                + p.problem().messageKey() + " " + p.problem().args()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
