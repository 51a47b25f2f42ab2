package com.spakiosk.menu;

import java.util.List;
import java.util.Set;

/**
 * A treatment in the manager's list: kind, name, flags, its durations, and the languages in which
 * some of its words are missing (the kiosk shows English there).
 */
public record TreatmentRow(long id, long version, String code, TreatmentCategory category, String name,
                           boolean active, boolean kioskVisible, List<Integer> activeMinutes,
                           Set<String> missingLanguages) {

    public TreatmentRow {
        activeMinutes = List.copyOf(activeMinutes);
        missingLanguages = Set.copyOf(missingLanguages);
    }
}
