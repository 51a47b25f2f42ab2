package com.spakiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one global handler for errors in click and value listeners: the person at the screen
 * gets a calm notice and can go on; the log gets the details.
 */
@Component
class CalmErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(CalmErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error in the UI", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                var notice = Notification.show(ui.getTranslation("error.notification"), 6000,
                        Notification.Position.MIDDLE);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
