package com.spakiosk.desk.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The front desk's day. The calendar itself arrives with the front-desk issue. */
@Route(value = "desk", layout = StaffLayout.class)
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class DeskView extends Main implements HasDynamicTitle {

    public DeskView() {
        addClassName("staff-page");
        add(new H1(getTranslation("desk.title")), new Paragraph(getTranslation("desk.placeholder")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
