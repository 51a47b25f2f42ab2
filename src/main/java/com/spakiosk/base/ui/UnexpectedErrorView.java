package com.spakiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What anyone sees when a page fails to open: a calm message and a way back, never a stack
 * trace. The details go to the log (which never holds health answers).
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        addClassName("calm-message");
        var back = new Button(getTranslation("error.back"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.message")), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A document title, as every page has one (screen readers announce it first). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
