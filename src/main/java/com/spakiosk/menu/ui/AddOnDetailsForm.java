package com.spakiosk.menu.ui;

import com.spakiosk.menu.AddOn;
import com.spakiosk.menu.AddOnForm;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.SpaEquipment;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An add-on's own fields: code, price, extra minutes, when it happens, the equipment and units it
 * takes, the body areas it touches, and its words in English, German and Russian on tabs (a tab
 * whose words are missing says so; the kiosk shows English there).
 */
class AddOnDetailsForm extends Div {

    private final TextField code = new TextField();
    private final BigDecimalField price = new BigDecimalField();
    private final IntegerField minutes = new IntegerField();
    private final Select<AddOnPlacement> placement = new Select<>();
    private final Select<SpaEquipment.Kind> equipment = new Select<>();
    private final IntegerField units = new IntegerField();
    private final CheckboxGroup<BodyArea> areas = new CheckboxGroup<>();
    private final Map<String, LanguageFields> languages = new LinkedHashMap<>();
    private final LanguageTabs tabs;

    AddOnDetailsForm(FieldProblems problems, List<SpaEquipment.Kind> kinds, Duration grid) {
        addClassName("manage-details");
        code.setLabel(getTranslation("manage.field.code"));
        code.setHelperText(getTranslation("manage.addOns.codeHelp"));
        code.setMaxLength(AddOn.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        price.setLabel(getTranslation("manage.field.price"));
        price.setRequiredIndicatorVisible(true);
        minutes.setLabel(getTranslation("manage.field.extraMinutes"));
        long step = Math.max(1, grid.toMinutes());
        minutes.setStep((int) step);
        minutes.setMin(0);
        minutes.setMax(AddOn.MAX_EXTRA_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(getTranslation("manage.addOns.minutesHelp", step, AddOn.MAX_EXTRA_MINUTES));
        minutes.setRequiredIndicatorVisible(true);
        placement.setLabel(getTranslation("manage.field.placement"));
        placement.setItems(AddOnPlacement.values());
        placement.setItemLabelGenerator(p -> getTranslation("manage.addOns.placement." + p.name()));
        // No required mark on the select: Vaadin puts aria-required where axe forbids it.
        equipment.setLabel(getTranslation("manage.field.equipment"));
        equipment.setItems(kinds);
        equipment.setEmptySelectionAllowed(true);
        equipment.setEmptySelectionCaption(getTranslation("manage.addOns.noEquipment"));
        equipment.setItemLabelGenerator(k -> k == null ? getTranslation("manage.addOns.noEquipment")
                : getTranslation("manage.addOns.equipmentItem", k.name(), k.units()));
        units.setLabel(getTranslation("manage.field.equipmentUnits"));
        units.setMin(1);
        units.setStepButtonsVisible(true);
        units.setHelperText(getTranslation("manage.addOns.unitsHelp"));
        equipment.addValueChangeListener(e -> units.setEnabled(e.getValue() != null));
        units.setEnabled(false);
        areas.setLabel(getTranslation("manage.field.bodyAreas"));
        areas.setHelperText(getTranslation("manage.addOns.bodyAreasHelp"));
        areas.setItems(BodyArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("desk.card.area." + a.name()));

        var form = new FormLayout(problems.field("code", code), problems.field("price", price),
                problems.field("extraMinutes", minutes), problems.field("placement", placement),
                problems.field("equipment", equipment), problems.field("equipmentUnits", units));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, problems.field("bodyAreas", areas));

        tabs = new LanguageTabs(language -> {
            var fields = new LanguageFields(language, problems);
            languages.put(language, fields);
            return fields;
        });
        add(tabs);
    }

    void show(AddOnForm form, Set<String> missingLanguages) {
        code.setValue(form.code());
        price.setValue(form.price());
        minutes.setValue(form.extraMinutes());
        placement.setValue(form.placement());
        equipment.setValue(form.equipmentTypeId() == null ? null : equipment.getListDataView().getItems()
                .filter(k -> k.id() == form.equipmentTypeId()).findFirst().orElse(null));
        units.setValue(form.equipmentUnits() == null ? 1 : form.equipmentUnits());
        areas.setValue(form.bodyAreas());
        languages.forEach((language, fields) -> fields.show(form.texts(language)));
        tabs.markMissing(missingLanguages);
    }

    AddOnForm value() {
        Map<String, AddOnForm.Texts> texts = new HashMap<>();
        languages.forEach((language, fields) -> texts.put(language, fields.value()));
        SpaEquipment.Kind kind = equipment.getValue();
        return new AddOnForm(code.getValue(), texts, price.getValue(), minutes.getValue(), placement.getValue(),
                kind == null ? null : kind.id(), kind == null ? null : units.getValue(),
                areas.getValue().isEmpty() ? EnumSet.noneOf(BodyArea.class) : EnumSet.copyOf(areas.getValue()));
    }

    /** The words of one language. */
    private static final class LanguageFields extends FormLayout {

        private final TextField name = new TextField();
        private final TextArea description = new TextArea();

        LanguageFields(String language, FieldProblems problems) {
            boolean english = language.equals(MenuLanguages.ENGLISH);
            name.setLabel(getTranslation("manage.field.name"));
            name.setMaxLength(AddOn.NAME_MAX);
            description.setLabel(getTranslation("manage.field.description"));
            description.setMaxLength(AddOn.DESCRIPTION_MAX);
            name.setRequiredIndicatorVisible(english);
            description.setRequiredIndicatorVisible(english);
            if (!english) {
                name.setHelperText(getTranslation("manage.menu.fallsBack"));
            }
            setResponsiveSteps(new ResponsiveStep("0", 1));
            add(problems.field("name." + language, name), problems.field("description." + language, description));
            getElement().setAttribute("lang", language);
        }

        void show(AddOnForm.Texts texts) {
            name.setValue(texts.name());
            description.setValue(texts.description());
        }

        AddOnForm.Texts value() {
            return new AddOnForm.Texts(name.getValue(), description.getValue());
        }
    }
}
