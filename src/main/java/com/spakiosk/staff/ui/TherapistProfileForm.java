package com.spakiosk.staff.ui;

import com.spakiosk.menu.MenuItem;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.staff.Therapist;
import com.spakiosk.staff.TherapistColour;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a therapist is and what they give: name, bio, active, desk colour, treatments and add-ons. */
class TherapistProfileForm extends Div {

    final TextField name = new TextField();
    final TextArea bio = new TextArea();
    final Checkbox active = new Checkbox();
    final Select<TherapistColour> colour = new Select<>();
    final CheckboxGroup<MenuItem> treatments = new CheckboxGroup<>();
    final CheckboxGroup<MenuItem> addOns = new CheckboxGroup<>();

    TherapistProfileForm(FieldProblems problems, List<MenuItem> allTreatments, List<MenuItem> allAddOns) {
        addClassName("manage-therapist-profile");
        name.setLabel(getTranslation("manage.therapist.name"));
        name.setMaxLength(Therapist.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setId("therapist-name");
        bio.setLabel(getTranslation("manage.therapist.bio"));
        bio.setMaxLength(Therapist.BIO_MAX);
        active.setLabel(getTranslation("manage.therapist.active"));
        colour.setLabel(getTranslation("manage.therapist.colour"));
        colour.setItems(TherapistColour.values());
        colour.setEmptySelectionAllowed(true);
        colour.setEmptySelectionCaption(getTranslation("manage.therapist.colour.none"));
        colour.setItemLabelGenerator(c -> c == null ? getTranslation("manage.therapist.colour.none")
                : getTranslation("manage.therapist.colour." + c.name()));
        colour.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c -> TherapistColours.swatch(this, c)));
        treatments.setLabel(getTranslation("manage.therapist.treatments"));
        treatments.setItems(allTreatments);
        treatments.setItemLabelGenerator(MenuItem::name);
        addOns.setLabel(getTranslation("manage.therapist.addOns"));
        addOns.setHelperText(getTranslation("manage.therapist.addOnsHelp"));
        addOns.setItems(allAddOns);
        addOns.setItemLabelGenerator(MenuItem::name);
        problems.field("name", name);
        problems.field("bio", bio);
        var row = new Div(name, colour, active);
        row.addClassName("manage-therapist-row");
        add(row, bio, treatments, addOns);
    }

    void show(String nameValue, String bioValue, boolean isActive, TherapistColour colourValue, Set<Long> treatmentIds,
              Set<Long> addOnIds) {
        name.setValue(nameValue);
        bio.setValue(bioValue == null ? "" : bioValue);
        active.setValue(isActive);
        colour.setValue(colourValue);
        treatments.setValue(treatments.getListDataView().getItems().filter(i -> treatmentIds.contains(i.id()))
                .collect(Collectors.toSet()));
        addOns.setValue(addOns.getListDataView().getItems().filter(i -> addOnIds.contains(i.id()))
                .collect(Collectors.toSet()));
    }

    Set<Long> treatmentIds() {
        return treatments.getValue().stream().map(MenuItem::id).collect(Collectors.toSet());
    }

    Set<Long> addOnIds() {
        return addOns.getValue().stream().map(MenuItem::id).collect(Collectors.toSet());
    }
}
