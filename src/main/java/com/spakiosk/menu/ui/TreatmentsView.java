package com.spakiosk.menu.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.menu.TreatmentRow;
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
import java.util.stream.Collectors;

/**
 * The manager's treatment list in the kiosk's order: kind, durations, whether it is on the menu
 * and at the kiosk, and which languages lack words. Reorder by dragging a row or with the arrows;
 * a tap on a name opens the editor.
 */
@Route(value = "manage/menu", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class TreatmentsView extends Main implements HasDynamicTitle {

    private final TreatmentEditor editor;
    private final Grid<TreatmentRow> grid = new Grid<>();
    private final KioskOrder<TreatmentRow> order;

    TreatmentsView(TreatmentEditor editor) {
        this.editor = editor;
        addClassNames("staff-page", "manage-treatments");
        var create = new Button(getTranslation("manage.menu.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TreatmentEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The export and import page lives in its own feature (it depends on the menu, not the other way round).
        var transfer = new com.vaadin.flow.component.html.Anchor("manage/menu/transfer",
                getTranslation("manage.menu.transfer"));
        transfer.addClassName("manage-transfer-link");
        var header = new Div(new H1(getTranslation("manage.menu.title")), new Div(transfer, create));
        header.addClassName("manage-header");
        add(header, new Paragraph(getTranslation("manage.menu.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        order = new KioskOrder<>(grid, editor::treatments, TreatmentRow::id, TreatmentRow::name,
                (direction, id) -> editor.move(id, direction), editor::reorder);
        grid.addComponentColumn(order::arrows).setHeader(getTranslation("manage.menu.order")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::nameLink).setHeader(getTranslation("manage.menu.name")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("category." + r.category().name()))
                .setHeader(getTranslation("manage.menu.category")).setFlexGrow(2);
        grid.addColumn(r -> r.activeMinutes().isEmpty() ? "—"
                        : r.activeMinutes().stream().map(String::valueOf).collect(Collectors.joining(" · ")) + " min")
                .setHeader(getTranslation("manage.menu.durations")).setFlexGrow(1);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("manage.menu.status")).setFlexGrow(2);
        add(grid);
        order.refresh();
    }

    private Component nameLink(TreatmentRow row) {
        var link = new RouterLink(row.name(), TreatmentEditorView.class, String.valueOf(row.id()));
        link.addClassName("manage-item-name");
        var code = new Span(row.code());
        code.addClassName("manage-code");
        return new Div(link, code);
    }

    private Component flags(TreatmentRow row) {
        var flags = new Div();
        flags.addClassName("manage-flags");
        flags.add(new ManageBadge(row.active() ? "manage.menu.onMenu" : "manage.menu.offMenu", row.active() ? "ok" : "off"));
        if (row.active() && !row.kioskVisible()) {
            flags.add(new ManageBadge("manage.menu.deskOnly", "note"));
        }
        if (row.active() && row.activeMinutes().isEmpty()) {
            flags.add(new ManageBadge("manage.menu.noDuration", "warn"));
        }
        for (String language : row.missingLanguages()) {
            flags.add(new ManageBadge("manage.menu.missing." + language, "warn"));
        }
        return flags;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.menu.title");
    }
}
