package com.spakiosk.menu.ui;

import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.Treatment;
import com.spakiosk.menu.TreatmentCategory;
import com.spakiosk.menu.TreatmentForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A treatment's own fields: code, kind, body areas, "offer at the kiosk", and its words in
 * English, German and Russian on tabs (a tab whose words are missing says so; the kiosk shows
 * English there).
 */
class TreatmentDetailsForm extends Div {

    private final TextField code = new TextField();
    private final Select<TreatmentCategory> category = new Select<>();
    private final CheckboxGroup<BodyArea> areas = new CheckboxGroup<>();
    private final Checkbox kioskVisible = new Checkbox();
    private final Map<String, LanguageFields> languages = new LinkedHashMap<>();
    private final LanguageTabs tabs;

    TreatmentDetailsForm(FieldProblems problems) {
        addClassName("manage-details");
        code.setLabel(getTranslation("manage.field.code"));
        code.setHelperText(getTranslation("manage.menu.codeHelp"));
        code.setMaxLength(Treatment.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        category.setLabel(getTranslation("manage.field.category"));
        category.setItems(TreatmentCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        // No required marks on the select and the group: Vaadin puts aria-required where axe forbids it.
        areas.setLabel(getTranslation("manage.field.bodyAreas"));
        areas.setItems(BodyArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("desk.card.area." + a.name()));
        kioskVisible.setLabel(getTranslation("manage.menu.kioskVisible"));
        kioskVisible.setValue(true);
        var form = new FormLayout(problems.field("code", code), problems.field("category", category));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, problems.field("bodyAreas", areas), kioskVisible);

        tabs = new LanguageTabs(language -> {
            var fields = new LanguageFields(language, problems);
            languages.put(language, fields);
            return fields;
        });
        add(tabs);
    }

    void show(TreatmentForm form, Set<String> missingLanguages) {
        code.setValue(form.code());
        category.setValue(form.category());
        areas.setValue(form.bodyAreas());
        kioskVisible.setValue(form.kioskVisible());
        languages.forEach((language, fields) -> fields.show(form.texts(language)));
        tabs.markMissing(missingLanguages);
    }

    TreatmentForm value() {
        Map<String, TreatmentForm.Texts> texts = new HashMap<>();
        languages.forEach((language, fields) -> texts.put(language, fields.value()));
        return new TreatmentForm(code.getValue(), category.getValue(), texts,
                areas.getValue().isEmpty() ? EnumSet.noneOf(BodyArea.class) : EnumSet.copyOf(areas.getValue()),
                kioskVisible.getValue());
    }

    /** The words of one language. */
    private static final class LanguageFields extends FormLayout {

        private final TextField name = new TextField();
        private final TextArea summary = new TextArea();
        private final TextArea description = new TextArea();
        private final TextArea helpsWith = new TextArea();

        LanguageFields(String language, FieldProblems problems) {
            boolean english = language.equals(MenuLanguages.ENGLISH);
            name.setLabel(getTranslation("manage.field.name"));
            name.setMaxLength(Treatment.NAME_MAX);
            summary.setLabel(getTranslation("manage.field.summary"));
            summary.setMaxLength(Treatment.SUMMARY_MAX);
            description.setLabel(getTranslation("manage.field.description"));
            description.setMaxLength(Treatment.DESCRIPTION_MAX);
            helpsWith.setLabel(getTranslation("manage.field.helpsWith"));
            helpsWith.setMaxLength(Treatment.HELPS_WITH_MAX);
            helpsWith.setHelperText(getTranslation("manage.menu.helpsWithHelp"));
            name.setRequiredIndicatorVisible(english);
            summary.setRequiredIndicatorVisible(english);
            description.setRequiredIndicatorVisible(english);
            if (!english) {
                name.setHelperText(getTranslation("manage.menu.fallsBack"));
            }
            setResponsiveSteps(new ResponsiveStep("0", 1));
            add(problems.field("name." + language, name), problems.field("summary." + language, summary),
                    problems.field("description." + language, description),
                    problems.field("helpsWith." + language, helpsWith));
            getElement().setAttribute("lang", language);
        }

        void show(TreatmentForm.Texts texts) {
            name.setValue(texts.name());
            summary.setValue(texts.summary());
            description.setValue(texts.description());
            helpsWith.setValue(texts.helpsWith());
        }

        TreatmentForm.Texts value() {
            return new TreatmentForm.Texts(name.getValue(), summary.getValue(), description.getValue(),
                    helpsWith.getValue());
        }
    }
}
