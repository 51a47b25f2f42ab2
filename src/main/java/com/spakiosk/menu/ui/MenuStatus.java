package com.spakiosk.menu.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** Under an editor's title: whether the item is on the menu, and the button that takes it off or puts it back. */
final class MenuStatus extends Div {

    MenuStatus(boolean active, Runnable toggle) {
        addClassName("manage-flags");
        var button = new Button(getTranslation(active ? "manage.menu.takeOff" : "manage.menu.putBack"),
                e -> toggle.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new ManageBadge(active ? "manage.menu.onMenu" : "manage.menu.offMenu", active ? "ok" : "off"), button);
    }
}
