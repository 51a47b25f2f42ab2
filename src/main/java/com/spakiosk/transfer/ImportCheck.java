package com.spakiosk.transfer;

import com.spakiosk.menu.FutureBookings;
import java.util.List;

/**
 * A menu document checked against the spa, before anything is written: its problems (then the
 * import is refused), else what it would change and which coming bookings that would leave
 * behind. {@code seen} is the spa as the manager saw it: the import applies only to that.
 */
public record ImportCheck(List<ImportProblem> problems, ImportSummary summary,
                          List<FutureBookings.Affected> affected, MenuDocument document, SpaMenu seen) {

    public ImportCheck {
        problems = List.copyOf(problems);
        affected = List.copyOf(affected);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportCheck refused(List<ImportProblem> problems) {
        return new ImportCheck(problems, new ImportSummary(List.of(), List.of(), List.of(), List.of()), List.of(), null,
                null);
    }
}
