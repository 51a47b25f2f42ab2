package com.spakiosk.reports.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The manager's start page: reports and the editors arrive with their issues. */
@Route(value = "manage", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class ManageView extends Main implements HasDynamicTitle {

    public ManageView() {
        addClassName("staff-page");
        add(new H1(getTranslation("manage.title")), new Paragraph(getTranslation("manage.placeholder")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title");
    }
}
