package com.spakiosk.base.ui;

import com.spakiosk.base.DemoMode;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The frame of the staff pages (desk and manage): navigation, who is signed in, sign out.
 * Menu entries a role may not open are not shown. Under the demo profile it says "Demo", so
 * nobody takes the demo calendar for a spa's real one.
 */
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class StaffLayout extends AppLayout {

    public StaffLayout(AuthenticationContext auth, DemoMode demo) {
        addClassName("staff-layout");
        var brand = new Span(getTranslation("staff.brand"));
        brand.addClassName("staff-brand");

        var user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("staff-user");
        var signOut = new Button(getTranslation("staff.signOut"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var password = new Button(getTranslation("staff.changePassword"), VaadinIcon.KEY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.addClassName("staff-change-password");
        var header = new Div(brand, user, password, signOut);
        if (demo.isOn()) {
            header.addComponentAtIndex(1, demoBadge());
        }
        header.addClassName("staff-header");
        addToNavbar(new DrawerToggle(), header);

        var nav = new SideNav();
        if (auth.hasAnyRole(Roles.FRONT_DESK, Roles.MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.desk"), "desk", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.guests"), "desk/guests", VaadinIcon.USERS.create()));
        }
        if (auth.hasRole(Roles.MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.manage"), "manage", VaadinIcon.COG.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.menu"), "manage/menu", VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.addOns"), "manage/menu/add-ons", VaadinIcon.PLUS_CIRCLE.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.transfer"), "manage/menu/transfer", VaadinIcon.EXCHANGE.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.screening"), "manage/screening",
                    VaadinIcon.CLIPBOARD_HEART.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.therapists"), "manage/therapists", VaadinIcon.SPECIALIST.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.rooms"), "manage/rooms", VaadinIcon.HOME_O.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.equipment"), "manage/equipment", VaadinIcon.CUBES.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.staffAccounts"), "manage/staff", VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.settings"), "manage/settings", VaadinIcon.CLOCK.create()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.reports"), "manage/reports", VaadinIcon.BAR_CHART.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("staff.nav.kiosk"), "", VaadinIcon.TABLET.create()));
        addToDrawer(nav);
    }

    /** The "Demo" mark of the staff pages and the sign-in page. */
    public static Span demoBadge() {
        var badge = new Span();
        badge.setText(badge.getTranslation("staff.demo"));
        badge.setTitle(badge.getTranslation("staff.demoHint"));
        badge.addClassName("demo-badge");
        return badge;
    }
}
