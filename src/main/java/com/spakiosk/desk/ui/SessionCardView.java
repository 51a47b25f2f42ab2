package com.spakiosk.desk.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.booking.DeskBooking;
import com.spakiosk.booking.DeskDayService;
import com.spakiosk.menu.ActiveMenu;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuProtocolStep;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.StaffService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The therapist's session card, to print: who, when, where, the extras with the oil, what the
 * screening asks the therapist to mind (CAUTION) and whether a review was cleared, and the
 * treatment's protocol step by step. The print stylesheet leaves only the card on paper.
 */
@Route(value = "desk/card/:bookingId", layout = StaffLayout.class)
@RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
public class SessionCardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final DeskDayService days;
    private final MenuService menu;
    private final StaffService staff;
    private final ZoneId zone;

    SessionCardView(DeskDayService days, MenuService menu, StaffService staff, com.spakiosk.base.SpaProperties spa) {
        this.days = days;
        this.menu = menu;
        this.staff = staff;
        this.zone = spa.zone();
        addClassNames("staff-page", "session-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<DeskBooking> booking = event.getRouteParameters().getLong("bookingId").flatMap(days::booking);
        if (booking.isEmpty()) {
            add(new H1(getTranslation("desk.card.title")), new Paragraph(getTranslation("desk.card.notFound")));
            return;
        }
        render(booking.get());
    }

    private void render(DeskBooking b) {
        ActiveMenu active = menu.active();
        var texts = active.content(getLocale());
        Optional<MenuTreatment> treatment = active.treatments().stream().filter(t -> t.id() == b.treatmentId())
                .findFirst();
        String treatmentName = treatment.map(texts::name).orElse("—");
        var print = new Button(getTranslation("desk.card.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("session-card__print");
        add(print, new H1(getTranslation("desk.block.treatment", treatmentName, b.minutes())));

        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).withZone(zone);
        var facts = new DescriptionList();
        facts.addClassName("desk-panel__facts");
        fact(facts, "desk.panel.guest", b.guestFirstName() == null ? "—" : b.guestFirstName());
        fact(facts, "desk.panel.when", day.format(b.start()) + ", " + time.format(b.start()) + "–" + time.format(b.end()));
        fact(facts, "desk.panel.therapist", staff.activeTherapists().stream().filter(t -> t.getId() == b.therapistId())
                .map(t -> t.getDisplayName()).findFirst().orElse("—"));
        fact(facts, "desk.panel.room", staff.activeRooms().stream().filter(r -> r.getId() == b.roomId())
                .map(r -> r.getName()).findFirst().orElse("—"));
        var extras = new BookingExtras(active, staff.allEquipment(), texts);
        fact(facts, "desk.panel.addOns", extras.addOns(b));
        fact(facts, "desk.panel.equipment", extras.equipment(b));
        add(facts, screening(b), protocol(b, treatment.map(MenuTreatment::code).orElse(""), texts));
    }

    /** What the therapist must mind: the CAUTION reasons, and the review (cleared by whom, with the note, or not yet). */
    private Div screening(DeskBooking b) {
        var box = new Div(new H2(getTranslation("desk.card.screening")));
        box.addClassName("session-card__screening");
        var cautions = new UnorderedList();
        b.flags().stream().filter(f -> "CAUTION".equals(f.verdict())).forEach(f -> cautions.add(new ListItem(
                getTranslation("desk.flag.CAUTION", f.subject(), f.note() == null ? "" : f.note()))));
        if (cautions.getChildren().findAny().isPresent()) {
            box.add(cautions);
        }
        boolean review = b.flags().stream().anyMatch(f -> "REVIEW".equals(f.verdict())) || b.reviewOpen()
                || b.reviewClearedAt() != null;
        if (b.reviewOpen()) {
            var open = new Paragraph(getTranslation("desk.card.reviewOpen"));
            open.addClassName("session-card__warning");
            box.add(open);
        } else if (b.reviewClearedAt() != null) {
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(zone);
            box.add(new Paragraph(getTranslation("desk.card.reviewCleared", b.reviewClearedBy(),
                    format.format(b.reviewClearedAt()), b.reviewNote().orElse(""))));
        }
        if (!review && cautions.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("desk.card.nothingToMind")));
        }
        return box;
    }

    private Div protocol(DeskBooking b, String treatmentCode, MenuContent texts) {
        var steps = new OrderedList();
        steps.addClassName("session-card__steps");
        for (MenuProtocolStep step : menu.protocol(b.treatmentId())) {
            var title = new Span(texts.title(treatmentCode, step));
            title.addClassName("session-card__step-title");
            var where = new Span(getTranslation("desk.card.position." + step.position().name()) + " · "
                    + getTranslation("desk.card.area." + (step.area() == null ? "WHOLE_LEG" : step.area().name())));
            where.addClassName("session-card__step-where");
            var item = new ListItem(title, where, new Paragraph(texts.instruction(treatmentCode, step)));
            item.getElement().setAttribute("value", String.valueOf(step.order()));
            steps.add(item);
        }
        return new Div(new H2(getTranslation("desk.card.protocol")), steps);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.card.title");
    }
}
