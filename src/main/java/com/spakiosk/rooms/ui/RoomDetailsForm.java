package com.spakiosk.rooms.ui;

import com.spakiosk.menu.MenuItem;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.RoomForm;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A room's fields: code (new rooms only), names for staff and guests, in use, the treatments it suits. */
class RoomDetailsForm extends Composite<FormLayout> {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField nameDe = new TextField();
    private final TextField nameRu = new TextField();
    private final Checkbox active = new Checkbox();
    private final CheckboxGroup<Long> treatments = new CheckboxGroup<>();
    private RoomForm shown = RoomForm.blank();

    RoomDetailsForm(FieldProblems problems, List<MenuItem> allTreatments) {
        code.setLabel(getTranslation("manage.field.code"));
        code.setHelperText(getTranslation("manage.rooms.codeHelp"));
        code.setMaxLength(Room.CODE_MAX);
        name.setLabel(getTranslation("manage.field.name"));
        name.setMaxLength(Room.NAME_MAX);
        name.setRequired(true);
        nameDe.setLabel(getTranslation("manage.rooms.nameDe"));
        nameRu.setLabel(getTranslation("manage.rooms.nameRu"));
        for (TextField guestName : List.of(nameDe, nameRu)) {
            guestName.setMaxLength(Room.NAME_MAX);
            guestName.setHelperText(getTranslation("manage.rooms.guestNameHelp"));
        }
        active.setLabel(getTranslation("manage.rooms.inUseField"));
        Map<Long, MenuItem> byId = allTreatments.stream().collect(Collectors.toMap(MenuItem::id, t -> t));
        treatments.setLabel(getTranslation("manage.field.suits"));
        treatments.setItems(allTreatments.stream().map(MenuItem::id).toList());
        treatments.setItemLabelGenerator(id -> byId.containsKey(id) ? byId.get(id).name()
                + (byId.get(id).active() ? "" : " (" + getTranslation("manage.menu.offMenu") + ")") : "#" + id);
        problems.field("code", code);
        problems.field("name", name);
        problems.field("name.de", nameDe);
        problems.field("name.ru", nameRu);
        problems.field("treatments", treatments);
        getContent().add(code, name, nameDe, nameRu, active, treatments);
        getContent().setColspan(treatments, 2);
        getContent().addClassName("manage-room-form");
    }

    void show(RoomForm form) {
        shown = form;
        code.setValue(form.code());
        code.setReadOnly(!form.isNew());
        name.setValue(form.name());
        nameDe.setValue(form.nameDe());
        nameRu.setValue(form.nameRu());
        active.setValue(form.active());
        treatments.setValue(form.treatmentIds());
    }

    /** What the manager typed, at the version they opened. */
    RoomForm value() {
        return new RoomForm(shown.id(), shown.version(), code.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                name.getValue(), nameDe.getValue(), nameRu.getValue(), active.getValue(), treatments.getValue());
    }

    /** The same typing, at the version now stored (after someone else's change). */
    void rebase(RoomForm stored) {
        shown = stored;
    }
}
