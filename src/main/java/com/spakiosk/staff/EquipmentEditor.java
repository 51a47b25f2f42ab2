package com.spakiosk.staff;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuChange;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuHistory;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuValidation;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's equipment types: name and how many units the spa owns. A count below what one
 * add-on takes for a session is refused naming the add-on (on the menu or not: it may come back);
 * what coming bookings use at once is checked by the booking feature under the type's lock.
 */
@Service
public class EquipmentEditor {

    private final EquipmentTypeRepository equipment;
    private final MenuService menu;
    private final MenuHistory history;
    private final ResourceVersion resourceVersion;

    EquipmentEditor(EquipmentTypeRepository equipment, MenuService menu, MenuHistory history,
                    ResourceVersion resourceVersion) {
        this.equipment = equipment;
        this.menu = menu;
        this.history = history;
        this.resourceVersion = resourceVersion;
    }

    /** Every equipment type, by name. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<EquipmentForm> all() {
        return equipment.findAll().stream().sorted(Comparator.comparing(EquipmentType::getName, String.CASE_INSENSITIVE_ORDER))
                .map(EquipmentEditor::form).toList();
    }

    /** The type's recorded changes, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuChange> history(long id) {
        return history.of(MenuChange.Kind.EQUIPMENT, id);
    }

    /**
     * Adds or changes an equipment type. Refused with a {@link MenuEditException} at the fields
     * (empty or duplicate name or code, a count below zero or above {@value EquipmentType#MAX_QUANTITY},
     * fewer units than an add-on takes) or for an old copy; nothing is written then.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public EquipmentType save(EquipmentForm form) {
        EquipmentType type = form.isNew() ? null : equipment.findById(form.id())
                .orElseThrow(() -> new MenuEditException(FieldProblem.of("", "manage.equipment.problem.gone")));
        if (type != null && type.getVersion() != form.version()) {
            throw history.stale(MenuChange.Kind.EQUIPMENT, type.getId(), "manage.problem.staleEquipment",
                    "manage.problem.staleEquipmentUnknown");
        }
        MenuEditException.refuseIfAny(problems(form, type));
        ItemSnapshot before = type == null ? new ItemSnapshot(Map.of()) : snapshot(type);
        if (type == null) {
            type = new EquipmentType(form.code().strip(), form.name().strip(), form.units());
        }
        type.rename(form.name().strip());
        type.setQuantity(form.units());
        type = equipment.saveAndFlush(type);
        history.record(MenuChange.Kind.EQUIPMENT, type.getId(), before, snapshot(type));
        resourceVersion.bump();
        return type;
    }

    private List<FieldProblem> problems(EquipmentForm form, EquipmentType type) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            boolean taken = form.code() != null && equipment.findByCodeIgnoreCase(form.code().strip()).isPresent();
            problems.addAll(MenuValidation.code("code", form.code(), taken, "manage.equipment.problem.codeTaken"));
        }
        MenuValidation.text(problems, "name", form.name(), EquipmentType.NAME_MAX, true);
        if (form.name() != null && !form.name().isBlank() && equipment.findByNameIgnoreCase(form.name().strip())
                .filter(other -> type == null || !other.getId().equals(type.getId())).isPresent()) {
            problems.add(FieldProblem.of("name", "manage.equipment.problem.nameTaken"));
        }
        if (form.units() == null || form.units() < 0 || form.units() > EquipmentType.MAX_QUANTITY) {
            problems.add(FieldProblem.of("units", "manage.equipment.problem.unitsRange", EquipmentType.MAX_QUANTITY));
        } else if (type != null) {
            menu.active().everyAddOn().values().stream()
                    .filter(a -> type.getId().equals(a.equipmentTypeId()) && a.equipmentUnits() > form.units())
                    .max(Comparator.comparingInt(MenuAddOn::equipmentUnits))
                    .ifPresent(a -> problems.add(FieldProblem.of("units", "manage.equipment.problem.addOnNeeds",
                            a.name(), a.equipmentUnits())));
        }
        return problems;
    }

    private static EquipmentForm form(EquipmentType t) {
        return new EquipmentForm(t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getQuantity());
    }

    private static ItemSnapshot snapshot(EquipmentType t) {
        return new ItemSnapshot(Map.of("name", t.getName(), "units", Integer.toString(t.getQuantity())));
    }
}
