package com.spakiosk.menu.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A manager's list in the kiosk's order (treatments, add-ons): drag a row between two others, or
 * use the arrows of a row (the touch and keyboard way); the editor writes the order, the list reloads.
 */
public final class KioskOrder<T> {

    private final Grid<T> grid;
    private final Supplier<List<T>> load;
    private final ToLongFunction<T> id;
    private final Function<T, String> name;
    private final ObjLongConsumer<Integer> move;
    private List<T> rows = List.of();
    private T dragged;

    /**
     * @param move    moves the row with this id one place (-1 up, +1 down)
     * @param reorder puts the rows in the order of these ids
     */
    public KioskOrder(Grid<T> grid, Supplier<List<T>> load, ToLongFunction<T> id, Function<T, String> name,
               ObjLongConsumer<Integer> move, Consumer<List<Long>> reorder) {
        this.grid = grid;
        this.load = load;
        this.id = id;
        this.name = name;
        this.move = move;
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && id.applyAsLong(dragged) != id.applyAsLong(target)) {
                List<T> order = new ArrayList<>(load.get());
                order.removeIf(r -> id.applyAsLong(r) == id.applyAsLong(dragged));
                int at = indexOf(order, id.applyAsLong(target)) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                order.add(at, dragged);
                reorder.accept(order.stream().map(id::applyAsLong).toList());
                refresh();
            }
        }));
    }

    /** Shows the rows as the editor has them now. */
    public void refresh() {
        rows = load.get();
        grid.setItems(rows);
    }

    /** The row's up and down arrows; none past the ends. */
    public Component arrows(T row) {
        long rowId = id.applyAsLong(row);
        var up = arrow(VaadinIcon.ARROW_UP, "manage.menu.up", row, rowId, -1);
        var down = arrow(VaadinIcon.ARROW_DOWN, "manage.menu.down", row, rowId, 1);
        up.setEnabled(!rows.isEmpty() && id.applyAsLong(rows.getFirst()) != rowId);
        down.setEnabled(!rows.isEmpty() && id.applyAsLong(rows.getLast()) != rowId);
        var buttons = new Div(up, down);
        buttons.addClassName("manage-order");
        return buttons;
    }

    private Button arrow(VaadinIcon icon, String label, T row, long rowId, int direction) {
        var button = new Button(icon.create(), e -> {
            move.accept(direction, rowId);
            refresh();
        });
        button.setAriaLabel(grid.getTranslation(label, name.apply(row)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    private int indexOf(List<T> list, long rowId) {
        for (int i = 0; i < list.size(); i++) {
            if (id.applyAsLong(list.get(i)) == rowId) {
                return i;
            }
        }
        return list.size();
    }
}
