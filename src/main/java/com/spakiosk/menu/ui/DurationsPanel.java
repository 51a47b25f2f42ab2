package com.spakiosk.menu.ui;

import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.TreatmentEdit;
import com.spakiosk.menu.TreatmentEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.ZoneId;

/**
 * A treatment's durations with their prices: change a price, retire a duration (its coming
 * bookings listed first) or offer it again, add one on the booking grid. A retired duration stays
 * for the bookings made with it; nothing is ever deleted.
 */
class DurationsPanel extends Div {

    DurationsPanel(TreatmentEdit edit, TreatmentEditor editor, FieldProblems problems, ZoneId zone, Runnable onChanged) {
        addClassName("manage-durations");
        add(new H2(getTranslation("manage.durations.title")));
        problems.forget("variant.");
        for (TreatmentEdit.Variant v : edit.variants()) {
            var minutes = new Span(getTranslation("manage.durations.minutes", v.minutes()));
            minutes.addClassName("manage-durations__minutes");
            var price = problems.field("variant." + v.id() + ".price", new BigDecimalField());
            price.setAriaLabel(getTranslation("manage.durations.priceOf", v.minutes()));
            price.setValue(v.price().amount());
            price.setSuffixComponent(new Span(v.price().currency().getSymbol(getLocale())));
            price.setReadOnly(!v.active());
            var save = new Button(getTranslation("manage.durations.savePrice"), e -> run(problems, () ->
                    editor.changePrice(edit.id(), edit.version(), v.id(), price.getValue()), onChanged));
            save.setVisible(v.active());
            var toggle = new Button(getTranslation(v.active() ? "manage.durations.retire" : "manage.durations.offer"), e -> {
                if (!v.active()) {
                    run(problems, () -> editor.setVariantActive(edit.id(), edit.version(), v.id(), true,
                            BookingsDecision.KEEP), onChanged);
                    return;
                }
                var affected = editor.affectedByRetiring(v.id());
                if (affected.isEmpty()) {
                    run(problems, () -> editor.setVariantActive(edit.id(), edit.version(), v.id(), false,
                            BookingsDecision.KEEP), onChanged);
                } else {
                    new BookingsDecisionDialog(getTranslation("manage.durations.retireTitle", v.minutes()), affected, zone,
                            decision -> run(problems, () -> editor.setVariantActive(edit.id(), edit.version(), v.id(),
                                    false, decision), onChanged)).open();
                }
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var row = new Div(minutes, price, save, toggle);
            row.addClassName("manage-durations__row");
            if (!v.active()) {
                var retired = new Span(getTranslation("manage.durations.retired"));
                retired.addClassNames("manage-badge", "manage-badge--off");
                row.addComponentAtIndex(1, retired);
            }
            add(row);
        }

        var minutes = problems.field("variant.minutes", new IntegerField(getTranslation("manage.durations.newMinutes")));
        long step = Math.max(1, editor.grid().toMinutes());
        minutes.setStep((int) step);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(getTranslation("manage.durations.gridHelp", step));
        var price = problems.field("variant.price", new BigDecimalField(getTranslation("manage.durations.newPrice")));
        var addButton = new Button(getTranslation("manage.durations.add"), e -> run(problems, () -> {
            if (minutes.getValue() == null) {
                throw new MenuEditException(com.spakiosk.menu.FieldProblem.of("variant.minutes", "manage.problem.required"));
            }
            editor.addVariant(edit.id(), edit.version(), minutes.getValue(), price.getValue());
        }, onChanged));
        var adder = new Div(minutes, price, addButton);
        adder.addClassName("manage-durations__add");
        add(adder);
    }

    static void run(FieldProblems problems, Runnable change, Runnable onChanged) {
        problems.attempt(change, onChanged);
    }
}
