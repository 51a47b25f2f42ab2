package com.spakiosk.menu.ui;

import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a refused change where the manager looks: each problem at its field (by the field's name
 * in the form), the rest (someone changed it first, it is gone) in one calm line above the form.
 */
public final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph general = new Paragraph();
    private final ZoneId zone;

    public FieldProblems(ZoneId zone) {
        this.zone = zone;
        general.addClassName("manage-problem");
        general.getElement().setAttribute("role", "alert");
        general.setVisible(false);
    }

    /** The line for problems that belong to no field. */
    public Paragraph general() {
        return general;
    }

    public <T extends Component & HasValidation> T field(String name, T field) {
        fields.put(name, field);
        return field;
    }

    public void forget(String prefix) {
        fields.keySet().removeIf(name -> name.startsWith(prefix));
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        general.setVisible(false);
    }

    /** Marks the fields of a refusal; what belongs to no field shows in the line above the form. */
    public void show(MenuEditException e) {
        clear();
        var unplaced = new StringBuilder();
        for (FieldProblem problem : e.problems()) {
            String text = text(problem);
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(text);
            }
        }
        general.setText(unplaced.toString());
        general.setVisible(!unplaced.isEmpty());
    }

    /**
     * Runs a change: done, the refusals clear and {@code onDone} follows; refused, the problems
     * show at their fields, and after a refusal for an old copy {@code onDone} shows the version
     * now stored, so that the next try applies to it.
     */
    public void attempt(Runnable change, Runnable onDone) {
        try {
            change.run();
            clear();
            onDone.run();
        } catch (MenuEditException e) {
            show(e);
            if (isStale(e)) {
                onDone.run();
            }
        }
    }

    /** Whether the refusal is for an old copy (someone changed the item first). */
    public static boolean isStale(MenuEditException e) {
        return e.problems().stream().anyMatch(p -> p.messageKey().startsWith("manage.problem.stale"));
    }

    private static java.util.Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    /** The problem in the manager's language, times in the spa's zone. */
    public String text(FieldProblem problem) {
        Object[] args = problem.args().stream().map(a -> a instanceof Instant i
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale()).withZone(zone).format(i)
                : a).toArray();
        return general.getTranslation(problem.messageKey(), args);
    }
}
