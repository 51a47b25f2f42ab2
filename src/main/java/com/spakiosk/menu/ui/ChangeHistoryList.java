package com.spakiosk.menu.ui;

import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.MenuChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** An item's recorded changes, newest first: when, who, and each field from before to after. */
public class ChangeHistoryList extends Div {

    private static final int SHOWN = 30;

    public ChangeHistoryList(List<MenuChange> changes, ZoneId zone) {
        addClassName("manage-history");
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("manage.history.none")));
            return;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        var list = new UnorderedList();
        for (MenuChange change : changes.stream().limit(SHOWN).toList()) {
            var item = new ListItem();
            var head = new Span(when.format(change.getChangedAt()) + " · " + change.getChangedBy());
            head.addClassName("manage-history__head");
            item.add(head);
            var fields = new UnorderedList();
            for (ItemSnapshot.Change c : change.changes()) {
                fields.add(new ListItem(label(c.field()) + ": " + shown(c.before()) + " → " + shown(c.after())));
            }
            item.add(fields);
            list.add(item);
        }
        add(list);
    }

    /** The "History" section of an editor. */
    static Div section(List<MenuChange> changes, ZoneId zone) {
        var section = new Div();
        section.add(new H2(section.getTranslation("manage.history.title")),
                new ChangeHistoryList(changes, zone));
        section.addClassName("manage-history-section");
        return section;
    }

    private String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    /**
     * "name.de" reads "Name (DE)", "variant.45.price" "Price, 45 min", "step.3.title.en"
     * "Step 3: title (EN)", "option.LAVENDER.label.de" "Option LAVENDER: label (DE)": the recorded
     * field names in the manager's words.
     */
    String label(String field) {
        String[] parts = field.split("\\.");
        return switch (parts[0]) {
            case "variant" -> parts.length == 3
                    ? getTranslation("manage.field.variant." + parts[2], parts[1]) : field;
            case "rule" -> getTranslation("manage.field.rule", getTranslation("manage.scope." + parts[1]),
                    parts.length > 2 ? parts[2] : "");
            case "step", "option" -> parts.length >= 3
                    ? getTranslation("manage.field." + parts[0], parts[1],
                            getTranslation("manage.field." + parts[0] + "." + parts[2]))
                            + (parts.length == 4 ? " (" + parts[3].toUpperCase() + ")" : "")
                    : field;
            default -> getTranslation("manage.field." + parts[0])
                    + (parts.length == 2 ? " (" + parts[1].toUpperCase() + ")" : "");
        };
    }
}
