package com.spakiosk.menu.ui;

import com.spakiosk.menu.AddOnEdit;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.AddOnOption;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.OptionForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An add-on's options (the oils): change an option's labels in three languages, retire it (never
 * delete it: bookings that chose it keep its code and words) or offer it again, add a new one.
 */
class AddOnOptionsPanel extends Div {

    AddOnOptionsPanel(AddOnEdit edit, AddOnEditor editor, FieldProblems problems, Runnable onChanged) {
        addClassName("manage-options");
        add(new H2(getTranslation("manage.options.title")), new Paragraph(getTranslation("manage.options.intro")));
        problems.forget("option.");
        for (AddOnEdit.OptionEdit option : edit.options()) {
            String code = option.form().code();
            var labels = labelFields("option." + code + ".label.", problems, option.form());
            var codeText = new Span(code);
            codeText.addClassName("manage-code");
            var save = new Button(getTranslation("manage.options.save"), e -> problems.attempt(() -> editor.relabelOption(edit.id(), edit.version(), form(code, labels)), onChanged));
            save.setVisible(option.active());
            var toggle = new Button(getTranslation(option.active() ? "manage.options.retire" : "manage.options.offer"),
                    e -> problems.attempt(() -> editor.setOptionActive(edit.id(), edit.version(), code,
                            !option.active()), onChanged));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var head = new Div(codeText);
            head.addClassName("manage-options__head");
            if (!option.active()) {
                var retired = new Span(getTranslation("manage.options.retired"));
                retired.addClassNames("manage-badge", "manage-badge--off");
                head.add(retired);
                labels.values().forEach(f -> f.setReadOnly(true));
            }
            var fields = new Div(labels.values().toArray(TextField[]::new));
            fields.addClassName("manage-options__labels");
            var actions = new Div(save, toggle);
            actions.addClassName("manage-options__actions");
            var row = new Div(head, fields, actions);
            row.addClassName("manage-options__row");
            add(row);
        }

        var newCode = problems.field("option.code", new TextField(getTranslation("manage.options.newCode")));
        newCode.setMaxLength(com.spakiosk.menu.AddOn.CODE_MAX);
        newCode.setHelperText(getTranslation("manage.options.codeHelp"));
        var newLabels = labelFields("option.label.", problems, new OptionForm("", Map.of()));
        var addButton = new Button(getTranslation("manage.options.add"), e -> problems.attempt(() -> editor.addOption(edit.id(), edit.version(), form(newCode.getValue(), newLabels)), onChanged));
        var fields = new Div(newLabels.values().toArray(TextField[]::new));
        fields.addClassName("manage-options__labels");
        var adder = new Div(newCode, fields, addButton);
        adder.addClassNames("manage-options__row", "manage-options__add");
        add(adder);
    }

    /** A label field per language, known to the refusals as {@code prefix + language}. */
    private Map<String, TextField> labelFields(String prefix, FieldProblems problems, OptionForm form) {
        Map<String, TextField> fields = new LinkedHashMap<>();
        for (String language : MenuLanguages.ALL) {
            var field = problems.field(prefix + language, new TextField(getTranslation("manage.options.label",
                    getTranslation("manage.language." + language))));
            field.setMaxLength(AddOnOption.LABEL_MAX);
            field.setValue(form.label(language));
            field.setRequiredIndicatorVisible(language.equals(MenuLanguages.ENGLISH));
            field.getElement().setAttribute("lang", language);
            fields.put(language, field);
        }
        return fields;
    }

    private static OptionForm form(String code, Map<String, TextField> fields) {
        Map<String, String> labels = new HashMap<>();
        fields.forEach((language, field) -> labels.put(language, field.getValue()));
        return new OptionForm(code, labels);
    }
}
