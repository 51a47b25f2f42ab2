package com.spakiosk.reports.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The manager's start page: a way to the reports; the editors arrive with their issues. */
@Route(value = "manage", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class ManageView extends Main implements HasDynamicTitle {

    public ManageView() {
        addClassName("staff-page");
        add(new H1(getTranslation("manage.title")), new Paragraph(getTranslation("manage.placeholder")));
        var reports = new RouterLink(getTranslation("manage.reports"), ReportsView.class);
        reports.addClassName("manage-link");
        add(new Paragraph(reports));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title");
    }
}
