package com.spakiosk.transfer;

import java.util.Map;

/**
 * The spa's menu as a canonical document, with what the import needs to write it through the
 * editors: each item's id and the version it was read at (by code), and the ids of the durations.
 */
public record SpaMenu(MenuDocument document, Map<String, Ref> treatments, Map<String, Ref> addOns,
                      Map<String, Ref> questions, Map<String, Map<Integer, Long>> variantIds) {

    public SpaMenu {
        treatments = Map.copyOf(treatments);
        addOns = Map.copyOf(addOns);
        questions = Map.copyOf(questions);
        variantIds = Map.copyOf(variantIds);
    }

    /** An item's id in this spa and its version when read. */
    public record Ref(long id, long version) {
    }
}
