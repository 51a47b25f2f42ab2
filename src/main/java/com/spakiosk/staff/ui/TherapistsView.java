package com.spakiosk.staff.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.TherapistEditor;
import com.spakiosk.staff.TherapistRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The manager's therapists: name, whether they work here, their colour on the desk calendar, how
 * many treatments they give and the hours their plan gives them this week. A name opens the editor.
 */
@Route(value = "manage/therapists", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class TherapistsView extends Main implements HasDynamicTitle {

    TherapistsView(TherapistEditor editor) {
        addClassNames("staff-page", "manage-therapists");
        var create = new Button(getTranslation("manage.therapists.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TherapistEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("manage.therapists.title")), create);
        header.addClassName("manage-header");
        add(header, new Paragraph(getTranslation("manage.therapists.intro")));

        Grid<TherapistRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::name).setHeader(getTranslation("manage.therapists.name")).setFlexGrow(3);
        grid.addComponentColumn(r -> TherapistColours.swatch(this, r.colour()))
                .setHeader(getTranslation("manage.therapists.colour")).setFlexGrow(1);
        grid.addColumn(TherapistRow::treatments).setHeader(getTranslation("manage.therapists.treatments")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("manage.therapists.hours", r.minutesThisWeek() / 60, r.minutesThisWeek() % 60))
                .setHeader(getTranslation("manage.therapists.thisWeek")).setFlexGrow(1);
        grid.setItems(editor.list());
        add(grid);
    }

    private Component name(TherapistRow row) {
        var link = new RouterLink(row.name(), TherapistEditorView.class, String.valueOf(row.id()));
        link.addClassName("manage-item-name");
        // A second line, as in the menu's lists: it also leaves the cell room around the link (axe target-size).
        var bookable = new Span(getTranslation(row.active() ? "manage.therapists.active" : "manage.therapists.inactive"));
        bookable.addClassName("manage-code");
        return new Div(link, bookable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.therapists.title");
    }
}
