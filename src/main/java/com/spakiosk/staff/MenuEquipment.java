package com.spakiosk.staff;

import com.spakiosk.menu.SpaEquipment;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff feature's answer to the add-on editor: which equipment exists, and how many units of each. */
@Component
class MenuEquipment implements SpaEquipment {

    private final EquipmentTypeRepository equipment;

    MenuEquipment(EquipmentTypeRepository equipment) {
        this.equipment = equipment;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Kind> kinds() {
        return equipment.findAll().stream().sorted(Comparator.comparing(EquipmentType::getName))
                .map(e -> new Kind(e.getId(), e.getName(), e.getQuantity())).toList();
    }
}
