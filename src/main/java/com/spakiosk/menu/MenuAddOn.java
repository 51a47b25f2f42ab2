package com.spakiosk.menu;

import com.spakiosk.base.Money;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A read-only view of one add-on: what it costs, how long it takes, what it needs (an equipment
 * type and how many units of it) and goes with; its options are those still offered, the retired
 * ones kept to name what bookings chose.
 */
public record MenuAddOn(long id, String code, String name, String description, Money price, int extraMinutes,
                        AddOnPlacement placement, Long equipmentTypeId, int equipmentUnits, Set<BodyArea> bodyAreas,
                        Set<Long> allowedTreatmentIds, List<Option> options,
                        List<Option> retiredOptions) {

    public MenuAddOn {
        bodyAreas = Set.copyOf(bodyAreas);
        allowedTreatmentIds = Set.copyOf(allowedTreatmentIds);
        options = List.copyOf(options);
        retiredOptions = List.copyOf(retiredOptions);
    }

    public boolean goesWith(long treatmentId) {
        return allowedTreatmentIds.contains(treatmentId);
    }

    public boolean hasOption(String code) {
        return options.stream().anyMatch(o -> o.code().equals(code));
    }

    static MenuAddOn of(AddOn a) {
        return new MenuAddOn(a.getId(), a.getCode(), a.getName(), a.getDescription(), a.getPrice(), a.getExtraMinutes(),
                a.getPlacement(), a.getEquipmentTypeId(), a.getEquipmentUnits(), a.getBodyAreas(),
                a.getAllowedTreatments().stream().map(Treatment::getId).collect(Collectors.toSet()),
                a.getOptions().stream().filter(AddOnOption::isActive).map(o -> new Option(o.getCode(), o.getLabel())).toList(),
                a.getOptions().stream().filter(o -> !o.isActive()).map(o -> new Option(o.getCode(), o.getLabel())).toList());
    }

    /** A choice within the add-on (an oil). */
    public record Option(String code, String label) {
    }
}
