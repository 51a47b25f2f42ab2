package com.spakiosk.menu;

import com.spakiosk.base.Money;
import java.util.Set;

/**
 * An add-on in the manager's list: name, price, minutes, when it happens, whether it is on the
 * menu, how many treatments it goes with, and the languages in which some of its words are
 * missing (the kiosk shows English there).
 */
public record AddOnRow(long id, long version, String code, String name, Money price, int extraMinutes,
                       AddOnPlacement placement, boolean active, int treatmentCount, Set<String> missingLanguages) {

    public AddOnRow {
        missingLanguages = Set.copyOf(missingLanguages);
    }
}
