package com.spakiosk.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session ends (30 minutes without a real request: heartbeats do not count), the page
 * reloads quietly instead of showing Vaadin's "Session expired" box: staff land on the sign-in
 * page, and a kiosk nobody touched starts again at its welcome screen.
 */
@Component
class QuietSessionExpiry implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }
}
