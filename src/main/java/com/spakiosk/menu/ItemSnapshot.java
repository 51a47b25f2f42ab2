package com.spakiosk.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An item's editable fields as text, by field name, before and after a change. The difference
 * of two snapshots is what the history records: one line per changed field, so a manager reads
 * "Price 45 min: 62.00 → 65.00" instead of a dump of the whole item.
 */
public record ItemSnapshot(Map<String, String> fields) {

    public ItemSnapshot {
        fields = new TreeMap<>(fields);
    }

    /** The fields that differ, each with the value before and after ("" where one side has none). */
    public List<Change> changesTo(ItemSnapshot after) {
        var names = new TreeSet<>(fields.keySet());
        names.addAll(after.fields.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String before = fields.getOrDefault(name, "");
            String now = after.fields.getOrDefault(name, "");
            if (!Objects.equals(before, now)) {
                changes.add(new Change(name, before, now));
            }
        }
        return changes;
    }

    /** One changed field. */
    public record Change(String field, String before, String after) {
    }
}
