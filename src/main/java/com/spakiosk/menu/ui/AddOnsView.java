package com.spakiosk.menu.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.AddOnRow;
import com.spakiosk.security.Roles;
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
 * The manager's add-on list in the kiosk's order: price, minutes, when it happens, how many
 * treatments it goes with, whether it is on the menu, and which languages lack words. Reorder by
 * dragging a row or with the arrows; a tap on a name opens the editor.
 */
@Route(value = "manage/menu/add-ons", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class AddOnsView extends Main implements HasDynamicTitle {

    private final AddOnEditor editor;
    private final Grid<AddOnRow> grid = new Grid<>();
    private final KioskOrder<AddOnRow> order;

    AddOnsView(AddOnEditor editor) {
        this.editor = editor;
        addClassNames("staff-page", "manage-add-ons");
        var create = new Button(getTranslation("manage.addOns.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AddOnEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("manage.addOns.title")), create);
        header.addClassName("manage-header");
        add(header, new Paragraph(getTranslation("manage.addOns.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        order = new KioskOrder<>(grid, editor::addOns, AddOnRow::id, AddOnRow::name,
                (direction, id) -> editor.move(id, direction), editor::reorder);
        grid.addComponentColumn(order::arrows).setHeader(getTranslation("manage.menu.order")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::nameLink).setHeader(getTranslation("manage.addOns.name")).setFlexGrow(3);
        grid.addColumn(r -> r.price().format(getLocale())).setHeader(getTranslation("manage.field.price")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("manage.addOns.minutesValue", r.extraMinutes()))
                .setHeader(getTranslation("manage.field.extraMinutes")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("manage.addOns.placement." + r.placement().name()))
                .setHeader(getTranslation("manage.field.placement")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("manage.addOns.treatmentCount", r.treatmentCount()))
                .setHeader(getTranslation("manage.field.treatments")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("manage.menu.status")).setFlexGrow(2);
        add(grid);
        order.refresh();
    }

    private Component nameLink(AddOnRow row) {
        var link = new RouterLink(row.name(), AddOnEditorView.class, String.valueOf(row.id()));
        link.addClassName("manage-item-name");
        var code = new Span(row.code());
        code.addClassName("manage-code");
        return new Div(link, code);
    }

    private Component flags(AddOnRow row) {
        var flags = new Div();
        flags.addClassName("manage-flags");
        flags.add(new ManageBadge(row.active() ? "manage.menu.onMenu" : "manage.menu.offMenu", row.active() ? "ok" : "off"));
        if (row.active() && row.treatmentCount() == 0) {
            flags.add(new ManageBadge("manage.addOns.noTreatment", "warn"));
        }
        for (String language : row.missingLanguages()) {
            flags.add(new ManageBadge("manage.menu.missing." + language, "warn"));
        }
        return flags;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.addOns.title");
    }
}
