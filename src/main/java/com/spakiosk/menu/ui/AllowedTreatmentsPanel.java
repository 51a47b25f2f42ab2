package com.spakiosk.menu.ui;

import com.spakiosk.menu.AddOnEdit;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which treatments an add-on goes with. Taking treatments away that have coming bookings with
 * the add-on lists those bookings first and asks whether to keep or cancel them.
 */
class AllowedTreatmentsPanel extends Div {

    AllowedTreatmentsPanel(AddOnEdit edit, String name, AddOnEditor editor, List<MenuItem> all, FieldProblems problems,
                           ZoneId zone, Runnable onChanged) {
        addClassName("manage-allowed");
        add(new H2(getTranslation("manage.allowed.title")));
        var choices = problems.field("treatments", new CheckboxGroup<MenuItem>());
        choices.addClassName("manage-allowed-choices");
        choices.setAriaLabel(getTranslation("manage.allowed.title"));
        choices.setItems(all);
        choices.setItemLabelGenerator(t -> t.active() ? t.name() : getTranslation("manage.allowed.offMenu", t.name()));
        choices.setValue(all.stream().filter(t -> edit.allowedTreatmentIds().contains(t.id())).collect(Collectors.toSet()));
        var save = new Button(getTranslation("manage.allowed.save"), e -> {
            Set<Long> chosen = choices.getValue().stream().map(MenuItem::id).collect(Collectors.toSet());
            var affected = editor.affectedByAllowingOnly(edit.id(), chosen);
            if (affected.isEmpty()) {
                problems.attempt(() -> editor.allowOnlyWith(edit.id(), edit.version(), chosen,
                        BookingsDecision.KEEP), onChanged);
            } else {
                new BookingsDecisionDialog(getTranslation("manage.allowed.removeTitle", name), affected, zone,
                        decision -> problems.attempt(() -> editor.allowOnlyWith(edit.id(), edit.version(),
                                chosen, decision), onChanged)).open();
            }
        });
        add(choices, save);
    }
}
