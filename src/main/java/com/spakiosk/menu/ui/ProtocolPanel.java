package com.spakiosk.menu.ui;

import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.ClientPosition;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.ProtocolStep;
import com.spakiosk.menu.StepForm;
import com.spakiosk.menu.TreatmentEdit;
import com.spakiosk.menu.TreatmentEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The treatment's protocol for the therapist's session card: steps in order, each with its body
 * area, the guest's position, and a title and instruction per language (shown one language at a
 * time). Saved as a whole, at the version the manager opened.
 */
class ProtocolPanel extends Div {

    private final List<Draft> drafts = new ArrayList<>();
    private final Div rows = new Div();
    private final FieldProblems problems;
    private String language = MenuLanguages.ENGLISH;

    ProtocolPanel(TreatmentEdit edit, TreatmentEditor editor, FieldProblems problems, Runnable onChanged) {
        this.problems = problems;
        addClassName("manage-protocol");
        add(new H2(getTranslation("manage.protocol.title")), new Paragraph(getTranslation("manage.protocol.intro")));
        edit.steps().forEach(s -> drafts.add(new Draft(s)));

        var languageChoice = new Select<String>();
        languageChoice.setLabel(getTranslation("manage.protocol.language"));
        languageChoice.setItems(MenuLanguages.ALL);
        languageChoice.setItemLabelGenerator(l -> getTranslation("manage.language." + l));
        languageChoice.setValue(language);
        languageChoice.addValueChangeListener(e -> {
            language = e.getValue();
            render();
        });
        add(languageChoice, rows);

        var addStep = new Button(getTranslation("manage.protocol.add"), VaadinIcon.PLUS.create(), e -> {
            drafts.add(new Draft(new StepForm(null, ClientPosition.LYING_ON_BACK, Map.of())));
            render();
        });
        var save = new Button(getTranslation("manage.protocol.save"), e -> DurationsPanel.run(problems,
                () -> editor.saveSteps(edit.id(), edit.version(), drafts.stream().map(Draft::value).toList()), onChanged));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var footer = new Div(addStep, save);
        footer.addClassName("manage-actions");
        add(footer);
        render();
    }

    private void render() {
        rows.removeAll();
        problems.forget("step.");
        for (int i = 0; i < drafts.size(); i++) {
            rows.add(row(i, drafts.get(i)));
        }
    }

    private Div row(int index, Draft draft) {
        String prefix = "step." + (index + 1) + ".";
        var number = new Span(String.valueOf(index + 1));
        number.addClassName("manage-protocol__number");
        var area = new Select<BodyArea>();
        area.setLabel(getTranslation("manage.protocol.area"));
        area.setItems(BodyArea.values());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("manage.protocol.wholeLeg"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("manage.protocol.wholeLeg")
                : getTranslation("desk.card.area." + a.name()));
        area.setValue(draft.area);
        area.addValueChangeListener(e -> draft.area = e.getValue());
        var position = problems.field(prefix + "position", new Select<ClientPosition>());
        position.setLabel(getTranslation("manage.protocol.position"));
        position.setItems(ClientPosition.values());
        position.setItemLabelGenerator(p -> getTranslation("desk.card.position." + p.name()));
        position.setValue(draft.position);
        position.addValueChangeListener(e -> draft.position = e.getValue());
        var title = problems.field(prefix + "title." + language, new TextField(getTranslation("manage.protocol.stepTitle")));
        title.setMaxLength(ProtocolStep.TITLE_MAX);
        title.setValue(draft.texts(language).title());
        var instruction = problems.field(prefix + "instruction." + language,
                new TextArea(getTranslation("manage.protocol.instruction")));
        instruction.setMaxLength(ProtocolStep.INSTRUCTION_MAX);
        instruction.setValue(draft.texts(language).instruction());
        title.addValueChangeListener(e -> draft.texts.put(language, new StepForm.Texts(e.getValue(), instruction.getValue())));
        instruction.addValueChangeListener(e -> draft.texts.put(language, new StepForm.Texts(title.getValue(), e.getValue())));
        title.getElement().setAttribute("lang", language);
        instruction.getElement().setAttribute("lang", language);

        var up = icon(VaadinIcon.ARROW_UP, getTranslation("manage.protocol.up", index + 1), () -> swap(index, index - 1));
        up.setEnabled(index > 0);
        var down = icon(VaadinIcon.ARROW_DOWN, getTranslation("manage.protocol.down", index + 1), () -> swap(index, index + 1));
        down.setEnabled(index < drafts.size() - 1);
        var remove = icon(VaadinIcon.TRASH, getTranslation("manage.protocol.remove", index + 1), () -> {
            drafts.remove(index);
            render();
        });
        var controls = new Div(up, down, remove);
        controls.addClassName("manage-order");
        var where = new Div(area, position);
        where.addClassName("manage-protocol__where");
        var words = new Div(title, instruction);
        words.addClassName("manage-protocol__words");
        var row = new Div(number, where, words, controls);
        row.addClassName("manage-protocol__row");
        return row;
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    private void swap(int a, int b) {
        if (b >= 0 && b < drafts.size()) {
            drafts.add(b, drafts.remove(a));
            render();
        }
    }

    /** A step being edited. */
    private static final class Draft {
        private BodyArea area;
        private ClientPosition position;
        private final Map<String, StepForm.Texts> texts = new HashMap<>();

        Draft(StepForm step) {
            area = step.area();
            position = step.position();
            texts.putAll(step.texts());
        }

        StepForm.Texts texts(String language) {
            return texts.getOrDefault(language, StepForm.Texts.EMPTY);
        }

        StepForm value() {
            return new StepForm(area, position, texts);
        }
    }
}
