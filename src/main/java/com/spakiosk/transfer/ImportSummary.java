package com.spakiosk.transfer;

import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.transfer.ImportProblem.ItemKind;
import java.util.List;

/**
 * What an import would do: the items it creates, changes (field by field, before and after) and
 * takes off the menu (in the spa but not in the document: retired, never deleted), and the lists
 * whose order it changes.
 */
public record ImportSummary(List<ItemChange> created, List<ItemChange> changed, List<ItemChange> retired,
                            List<ItemKind> reordered) {

    public ImportSummary {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        retired = List.copyOf(retired);
        reordered = List.copyOf(reordered);
    }

    /** Whether the spa already is as the document says. */
    public boolean nothingToChange() {
        return created.isEmpty() && changed.isEmpty() && retired.isEmpty() && reordered.isEmpty();
    }

    /** One item and its fields that would change ("" where one side has none). */
    public record ItemChange(ItemKind kind, String code, List<ItemSnapshot.Change> fields) {

        public ItemChange {
            fields = List.copyOf(fields);
        }
    }
}
