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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly "no such page" with the way back to the start. */
@AnonymousAllowed
public class PageNotFoundView extends Main implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        addClassName("calm-message");
        var back = new Button(getTranslation("error.back"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.message")), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A document title, as every page has one (screen readers announce it first). */
    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
