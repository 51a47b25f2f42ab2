package com.spakiosk.rooms.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.ui.KioskOrder;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.RoomForm;
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
 * The manager's rooms in the desk calendar's column order (drag a row or use the arrows): name,
 * in use or not, how many treatments each suits. A tap on a name opens the room's editor.
 */
@Route(value = "manage/rooms", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class RoomsView extends Main implements HasDynamicTitle {

    private final Grid<RoomForm> grid = new Grid<>();

    RoomsView(RoomEditor editor) {
        addClassNames("staff-page", "manage-rooms");
        var create = new Button(getTranslation("manage.rooms.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(RoomEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("manage.rooms.title")), create);
        header.addClassName("manage-header");
        var equipment = new RouterLink(getTranslation("manage.rooms.toEquipment"), EquipmentView.class);
        equipment.addClassName("manage-link");
        add(header, new Paragraph(getTranslation("manage.rooms.intro")), equipment);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        var order = new KioskOrder<>(grid, editor::rooms, RoomForm::id, RoomForm::name,
                (direction, id) -> editor.move(id, direction), editor::reorder);
        grid.addComponentColumn(order::arrows).setHeader(getTranslation("manage.rooms.column")).setAutoWidth(true)
                .setFlexGrow(0).setKey("order");
        grid.addComponentColumn(this::nameLink).setHeader(getTranslation("manage.field.name")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("manage.rooms.treatmentCount", r.treatmentIds().size()))
                .setHeader(getTranslation("manage.field.suits")).setFlexGrow(1);
        grid.addComponentColumn(r -> badge(r.active())).setHeader(getTranslation("manage.menu.status")).setFlexGrow(1);
        add(grid);
        order.refresh();
    }

    private Component nameLink(RoomForm row) {
        var link = new RouterLink(row.name(), RoomEditorView.class, String.valueOf(row.id()));
        link.addClassName("manage-item-name");
        var code = new Span(row.code());
        code.addClassName("manage-code");
        return new Div(link, code);
    }

    private Span badge(boolean active) {
        var badge = new Span(getTranslation(active ? "manage.rooms.inUse" : "manage.rooms.notInUse"));
        badge.addClassNames("manage-badge", active ? "manage-badge--ok" : "manage-badge--off");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.rooms.title");
    }
}
