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
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
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
import java.util.ArrayList;
import java.util.List;
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
    private TreatmentRow dragged;
    private List<TreatmentRow> rows = List.of();

    TreatmentsView(TreatmentEditor editor) {
        this.editor = editor;
        addClassNames("staff-page", "manage-treatments");
        var create = new Button(getTranslation("manage.menu.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TreatmentEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("manage.menu.title")), create);
        header.addClassName("manage-header");
        add(header, new Paragraph(getTranslation("manage.menu.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::orderButtons).setHeader(getTranslation("manage.menu.order")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::nameLink).setHeader(getTranslation("manage.menu.name")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("category." + r.category().name()))
                .setHeader(getTranslation("manage.menu.category")).setFlexGrow(2);
        grid.addColumn(r -> r.activeMinutes().isEmpty() ? "—"
                        : r.activeMinutes().stream().map(String::valueOf).collect(Collectors.joining(" · ")) + " min")
                .setHeader(getTranslation("manage.menu.durations")).setFlexGrow(1);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("manage.menu.status")).setFlexGrow(2);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && !dragged.equals(target)) {
                List<TreatmentRow> order = new ArrayList<>(editor.treatments());
                order.removeIf(r -> r.id() == dragged.id());
                int at = indexOf(order, target.id()) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                order.add(at, dragged);
                editor.reorder(order.stream().map(TreatmentRow::id).toList());
                refresh();
            }
        }));
        add(grid);
        refresh();
    }

    private static int indexOf(List<TreatmentRow> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return rows.size();
    }

    private void refresh() {
        rows = editor.treatments();
        grid.setItems(rows);
    }

    private Component orderButtons(TreatmentRow row) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            editor.move(row.id(), -1);
            refresh();
        });
        up.setAriaLabel(getTranslation("manage.menu.up", row.name()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
            editor.move(row.id(), 1);
            refresh();
        });
        down.setAriaLabel(getTranslation("manage.menu.down", row.name()));
        up.setEnabled(!rows.isEmpty() && rows.getFirst().id() != row.id());
        down.setEnabled(!rows.isEmpty() && rows.getLast().id() != row.id());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        var buttons = new Div(up, down);
        buttons.addClassName("manage-order");
        return buttons;
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
        flags.add(badge(row.active() ? "manage.menu.onMenu" : "manage.menu.offMenu", row.active() ? "ok" : "off"));
        if (row.active() && !row.kioskVisible()) {
            flags.add(badge("manage.menu.deskOnly", "note"));
        }
        if (row.active() && row.activeMinutes().isEmpty()) {
            flags.add(badge("manage.menu.noDuration", "warn"));
        }
        for (String language : row.missingLanguages()) {
            flags.add(badge("manage.menu.missing." + language, "warn"));
        }
        return flags;
    }

    private Span badge(String key, String tone) {
        var badge = new Span(getTranslation(key));
        badge.addClassNames("manage-badge", "manage-badge--" + tone);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.menu.title");
    }
}
