package com.spakiosk.menu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The rules an add-on and its options must keep, as field problems (no framework, no database),
 * shared by the editor's fields and the service's refusal.
 */
public final class AddOnValidation {

    private AddOnValidation() {
    }

    /**
     * An add-on's own fields. Extra minutes follow the booking grid; a value the add-on already
     * has ({@code keptMinutes}, e.g. the demo's ten-minute soak) may stay.
     */
    public static List<FieldProblem> addOn(AddOnForm form, boolean codeTaken, Currency currency, Duration grid,
                                           Integer keptMinutes, List<SpaEquipment.Kind> equipment) {
        List<FieldProblem> problems = new ArrayList<>(MenuValidation.code("code", form.code(), codeTaken,
                "manage.addOns.problem.codeTaken"));
        for (String language : MenuLanguages.ALL) {
            boolean english = language.equals(MenuLanguages.ENGLISH);
            AddOnForm.Texts words = form.texts(language);
            MenuValidation.text(problems, "name." + language, words.name(), AddOn.NAME_MAX, english);
            MenuValidation.text(problems, "description." + language, words.description(), AddOn.DESCRIPTION_MAX, english);
        }
        problems.addAll(MenuValidation.price("price", form.price(), currency));
        problems.addAll(extraMinutes(form.extraMinutes(), grid, keptMinutes));
        if (form.placement() == null) {
            problems.add(FieldProblem.of("placement", "manage.problem.required"));
        }
        problems.addAll(units(form, equipment));
        return problems;
    }

    static List<FieldProblem> extraMinutes(Integer minutes, Duration grid, Integer kept) {
        long step = Math.max(1, grid.toMinutes());
        if (minutes == null) {
            return List.of(FieldProblem.of("extraMinutes", "manage.problem.required"));
        }
        boolean inRange = minutes >= 0 && minutes <= AddOn.MAX_EXTRA_MINUTES;
        if (!inRange || (minutes % step != 0 && !minutes.equals(kept))) {
            return List.of(FieldProblem.of("extraMinutes", "manage.addOns.problem.minutesGrid", step,
                    AddOn.MAX_EXTRA_MINUTES));
        }
        return List.of();
    }

    /** The equipment exists, and the add-on takes no more units of it than the spa owns. */
    static List<FieldProblem> units(AddOnForm form, List<SpaEquipment.Kind> equipment) {
        if (form.equipmentTypeId() == null) {
            return List.of();
        }
        var kind = equipment.stream().filter(k -> k.id() == form.equipmentTypeId()).findFirst();
        if (kind.isEmpty()) {
            return List.of(FieldProblem.of("equipment", "manage.addOns.problem.noEquipment"));
        }
        Integer units = form.equipmentUnits();
        if (units == null || units < 1 || units > AddOn.MAX_EQUIPMENT_UNITS) {
            return List.of(FieldProblem.of("equipmentUnits", "manage.addOns.problem.unitsRange"));
        }
        if (units > kind.get().units()) {
            return List.of(FieldProblem.of("equipmentUnits", "manage.addOns.problem.unitsMore", units,
                    kind.get().units(), kind.get().name()));
        }
        return List.of();
    }

    /** A new option: a code no other option of the add-on has, and an English label. */
    public static List<FieldProblem> newOption(OptionForm form, boolean codeTaken) {
        List<FieldProblem> problems = new ArrayList<>(MenuValidation.code("option.code", form.code(), codeTaken,
                "manage.addOns.problem.optionTaken"));
        problems.addAll(labels("option.", form));
        return problems;
    }

    /** An option's labels, at fields named {@code prefix + "label." + language}. */
    public static List<FieldProblem> labels(String prefix, OptionForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String language : MenuLanguages.ALL) {
            MenuValidation.text(problems, prefix + "label." + language, form.label(language), AddOnOption.LABEL_MAX,
                    language.equals(MenuLanguages.ENGLISH));
        }
        return problems;
    }
}
