package com.spakiosk.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kiosk's order of a list of items, after an arrow tap or a drag. */
final class MenuOrder {

    private MenuOrder() {
    }

    /** The items with {@code item} one place up (-1) or down (+1); unchanged at the ends. */
    static <T> List<T> moved(List<T> items, T item, int direction) {
        List<T> ordered = new ArrayList<>(items);
        int from = ordered.indexOf(item);
        int to = from + Integer.signum(direction);
        if (from >= 0 && to >= 0 && to < ordered.size()) {
            ordered.add(to, ordered.remove(from));
        }
        return ordered;
    }

    /** The items named by {@code ids} in that order, then the others in their old order. */
    static <T> List<T> ordered(List<T> items, Function<T, Long> id, List<Long> ids) {
        Map<Long, T> byId = items.stream().collect(Collectors.toMap(id, t -> t));
        List<T> ordered = new ArrayList<>();
        ids.stream().distinct().map(byId::get).filter(Objects::nonNull).forEach(ordered::add);
        items.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }
}
