package com.spakiosk.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A staff member whose password a manager chose (a first password or a reset) reaches no page
 * but the one where they choose their own: every navigation is sent there until it is done.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && SignedInSession.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
