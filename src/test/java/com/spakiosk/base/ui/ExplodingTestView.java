package com.spakiosk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails while opening, to see what a visitor gets then. Test sources only. */
@Route("test-exploding-page")
@AnonymousAllowed
public class ExplodingTestView extends Div {

    public ExplodingTestView() {
        throw new IllegalStateException("simulated failure with guest data that must not be shown");
    }
}
