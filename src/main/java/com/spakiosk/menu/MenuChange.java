package com.spakiosk.menu;

import com.spakiosk.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One recorded change to a menu or screening item: who, when, and the fields it changed. */
@Entity
public class MenuChange extends AbstractEntity {

    /** What kind of item changed. */
    public enum Kind { TREATMENT, ADD_ON, QUESTION, ROOM, EQUIPMENT }

    static final int SUMMARY_MAX = 4000;
    private static final int VALUE_MAX = 300;

    @Enumerated(EnumType.STRING)
    private Kind itemKind;
    private long itemId;
    private Instant changedAt;
    private String changedBy;
    /** One line per field: name, before, after, tab-separated, with tabs and line breaks escaped. */
    private String summary;

    protected MenuChange() {
    }

    MenuChange(Kind kind, long itemId, Instant at, String by, List<ItemSnapshot.Change> changes) {
        this.itemKind = kind;
        this.itemId = itemId;
        this.changedAt = at;
        this.changedBy = by;
        var lines = new StringBuilder();
        for (ItemSnapshot.Change c : changes) {
            String line = escape(c.field()) + "\t" + escape(shorten(c.before())) + "\t" + escape(shorten(c.after())) + "\n";
            if (lines.length() + line.length() > SUMMARY_MAX) {
                lines.append("…\t\t\n");
                break;
            }
            lines.append(line);
        }
        this.summary = lines.toString();
    }

    public Kind getItemKind() {
        return itemKind;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The changed fields, as recorded. */
    public List<ItemSnapshot.Change> changes() {
        List<ItemSnapshot.Change> changes = new ArrayList<>();
        for (String line : summary.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            changes.add(new ItemSnapshot.Change(unescape(parts[0]), parts.length > 1 ? unescape(parts[1]) : "",
                    parts.length > 2 ? unescape(parts[2]) : ""));
        }
        return changes;
    }

    private static String shorten(String value) {
        return value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    private static String unescape(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
