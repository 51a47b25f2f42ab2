package com.spakiosk.menu.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured flag in the manager's lists and editors ("On the menu", "German missing"). */
final class ManageBadge extends Span {

    /** @param tone ok, off, note or warn (colours in kiosk.css, 4.5:1 contrast) */
    ManageBadge(String key, String tone) {
        setText(getTranslation(key));
        addClassNames("manage-badge", "manage-badge--" + tone);
    }
}
