package com.spakiosk.menu;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An add-on read for the editor: as the form shows it (English from its row, German and Russian
 * from {@code menu_text}), as the history compares it, and which languages lack words.
 */
final class AddOnEdits {

    private AddOnEdits() {
    }

    static AddOnEdit edit(AddOn a, Map<String, Map<String, String>> all) {
        Map<String, AddOnForm.Texts> words = new HashMap<>();
        words.put(MenuLanguages.ENGLISH, new AddOnForm.Texts(a.getName(), a.getDescription()));
        for (String language : MenuLanguages.TRANSLATED) {
            Map<String, String> of = all.getOrDefault(language, Map.of());
            words.put(language, new AddOnForm.Texts(of.get(MenuTextKeys.addOn(a.getCode(), "name")),
                    of.get(MenuTextKeys.addOn(a.getCode(), "description"))));
        }
        List<AddOnEdit.OptionEdit> options = a.getOptions().stream().map(o -> {
            Map<String, String> labels = new HashMap<>();
            labels.put(MenuLanguages.ENGLISH, o.getLabel());
            for (String language : MenuLanguages.TRANSLATED) {
                String label = all.getOrDefault(language, Map.of()).get(MenuTextKeys.option(a.getCode(), o.getCode()));
                if (label != null) {
                    labels.put(language, label);
                }
            }
            return new AddOnEdit.OptionEdit(new OptionForm(o.getCode(), labels), o.isActive());
        }).toList();
        var form = new AddOnForm(a.getCode(), words, a.getPrice().amount(), a.getExtraMinutes(), a.getPlacement(),
                a.getEquipmentTypeId(), a.getEquipmentUnits(), a.getBodyAreas());
        return new AddOnEdit(a.getId(), a.getVersion(), form, a.isActive(), options,
                a.getAllowedTreatments().stream().map(Treatment::getId).collect(Collectors.toSet()));
    }

    /** The languages in which a name, description or offered option's label is missing (the kiosk shows English). */
    static Set<String> missingLanguages(AddOnEdit edit) {
        Set<String> missing = new TreeSet<>();
        for (String language : MenuLanguages.TRANSLATED) {
            AddOnForm.Texts words = edit.form().texts(language);
            if (words.name().isEmpty() || words.description().isEmpty() || edit.options().stream()
                    .anyMatch(o -> o.active() && o.form().label(language).isEmpty())) {
                missing.add(language);
            }
        }
        return missing;
    }

    /** Every field a manager can change, as text, for the history. */
    static ItemSnapshot snapshot(AddOn a, Map<String, Map<String, String>> all, List<SpaEquipment.Kind> equipment) {
        AddOnEdit edit = edit(a, all);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", a.getCode());
        fields.put("active", String.valueOf(a.isActive()));
        fields.put("price", a.getPrice().amount().toPlainString());
        fields.put("extraMinutes", String.valueOf(a.getExtraMinutes()));
        fields.put("placement", a.getPlacement().name());
        fields.put("equipment", a.getEquipmentTypeId() == null ? "" : equipment.stream()
                .filter(k -> k.id() == a.getEquipmentTypeId()).map(SpaEquipment.Kind::name).findFirst()
                .orElse(String.valueOf(a.getEquipmentTypeId())));
        fields.put("equipmentUnits", a.getEquipmentTypeId() == null ? "" : String.valueOf(a.getEquipmentUnits()));
        fields.put("bodyAreas", new TreeSet<>(a.getBodyAreas().stream().map(Enum::name).toList()).toString());
        fields.put("treatments", new TreeSet<>(a.getAllowedTreatments().stream().map(Treatment::getCode).toList()).toString());
        for (String language : MenuLanguages.ALL) {
            fields.put("name." + language, edit.form().texts(language).name());
            fields.put("description." + language, edit.form().texts(language).description());
        }
        for (AddOnEdit.OptionEdit o : edit.options()) {
            String prefix = "option." + o.form().code() + ".";
            fields.put(prefix + "active", String.valueOf(o.active()));
            for (String language : MenuLanguages.ALL) {
                fields.put(prefix + "label." + language, o.form().label(language));
            }
        }
        return new ItemSnapshot(fields);
    }
}
