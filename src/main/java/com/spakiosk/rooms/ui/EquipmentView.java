package com.spakiosk.rooms.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.booking.EquipmentChanges;
import com.spakiosk.booking.TimeBlockService.InTheWay;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.ui.ChangeHistoryList;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.security.Roles;
import com.spakiosk.staff.EquipmentEditor;
import com.spakiosk.staff.EquipmentForm;
import com.spakiosk.staff.EquipmentType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import com.spakiosk.booking.BookingStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.time.format.FormatStyle;

/**
 * The spa's equipment (stone heaters, foot baths) and how many units of each it owns. Fewer units
 * than an add-on takes per session are refused naming the add-on; fewer than coming bookings use
 * at one moment are refused with those bookings listed, for the desk to move or cancel first.
 */
@Route(value = "manage/equipment", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class EquipmentView extends Main implements HasDynamicTitle {

    private final EquipmentEditor editor;
    private final EquipmentChanges changes;
    private final RoomServices services;
    private final FieldProblems problems;
    private final Grid<EquipmentForm> grid = new Grid<>();
    private final H2 editing = new H2();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final IntegerField units = new IntegerField();
    private final UnorderedList inUse = new UnorderedList();
    private final Div history = new Div();
    private EquipmentForm shown = EquipmentForm.blank();

    EquipmentView(EquipmentEditor editor, EquipmentChanges changes, RoomServices services) {
        this.editor = editor;
        this.changes = changes;
        this.services = services;
        this.problems = new FieldProblems(services.zone());
        addClassNames("staff-page", "manage-equipment");
        var create = new Button(getTranslation("manage.equipment.new"), VaadinIcon.PLUS.create(),
                e -> show(EquipmentForm.blank()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("manage.equipment.title")), create);
        header.addClassName("manage-header");
        var rooms = new RouterLink(getTranslation("manage.equipment.toRooms"), RoomsView.class);
        rooms.addClassName("manage-link");
        add(header, new Paragraph(getTranslation("manage.equipment.intro")), rooms);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(f -> {
            var open = new Button(f.name(), e -> show(f));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("manage-equipment__open");
            return open;
        }).setHeader(getTranslation("manage.field.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(EquipmentForm::code).setHeader(getTranslation("manage.field.code")).setFlexGrow(2);
        grid.addColumn(EquipmentForm::units).setHeader(getTranslation("manage.field.units")).setFlexGrow(1);
        add(grid);

        code.setLabel(getTranslation("manage.field.code"));
        code.setMaxLength(EquipmentType.CODE_MAX);
        name.setLabel(getTranslation("manage.field.name"));
        name.setMaxLength(EquipmentType.NAME_MAX);
        name.setRequired(true);
        units.setLabel(getTranslation("manage.field.units"));
        units.setMin(0);
        units.setMax(EquipmentType.MAX_QUANTITY);
        units.setStepButtonsVisible(true);
        problems.field("code", code);
        problems.field("name", name);
        problems.field("units", units);
        var save = new Button(getTranslation("manage.menu.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("manage-equipment__save");
        var fields = new Div(code, name, units, save);
        fields.addClassName("manage-equipment__fields");
        inUse.addClassName("manage-equipment__in-use");
        add(editing, problems.general(), fields, inUse, history);
        reload();
        show(EquipmentForm.blank());
    }

    private void reload() {
        grid.setItems(editor.all());
    }

    private void show(EquipmentForm form) {
        shown = form;
        problems.clear();
        inUse.removeAll();
        editing.setText(form.isNew() ? getTranslation("manage.equipment.new") : form.name());
        code.setValue(form.code());
        code.setReadOnly(!form.isNew());
        name.setValue(form.name());
        units.setValue(form.units());
        history.removeAll();
        if (!form.isNew()) {
            history.add(new H2(getTranslation("manage.history.title")),
                    new ChangeHistoryList(editor.history(form.id()), services.zone()));
        }
    }

    private void save() {
        inUse.removeAll();
        var form = new EquipmentForm(shown.id(), shown.version(), code.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                name.getValue(), units.getValue());
        try {
            EquipmentType saved = changes.save(form);
            reload();
            show(editor.all().stream().filter(f -> f.id().equals(saved.getId())).findFirst().orElse(EquipmentForm.blank()));
        } catch (EquipmentChanges.UnitsInUse e) {
            problems.show(e);
            list(e.bookings());
        } catch (MenuEditException e) {
            problems.show(e);
            if (!shown.isNew() && FieldProblems.isStale(e)) {
                // Keep what the manager typed; the next save applies it to the version now stored.
                editor.all().stream().filter(f -> f.id().equals(shown.id())).findFirst().ifPresent(f -> shown = f);
            }
        }
    }

    /** The bookings over the new count, each with its day at the desk (where they are moved or cancelled). */
    private void list(List<InTheWay> bookings) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(services.zone());
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(services.zone());
        for (InTheWay b : bookings) {
            String who = b.status() == BookingStatus.HELD
                    ? getTranslation("manage.stranded.held", time.format(b.holdExpiresAt())) : b.guestFirstName();
            var open = new Anchor("desk/" + LocalDate.ofInstant(b.start(), services.zone()),
                    getTranslation("manage.equipment.openDay"));
            open.addClassName("manage-link");
            open.getElement().setAttribute("aria-label", getTranslation("manage.equipment.openDayOf", who));
            inUse.add(new ListItem(new Span(when.format(b.start()) + "–" + time.format(b.end()) + " · " + who + " · "
                    + services.treatmentName(b.treatmentId())), open));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.equipment.title");
    }
}
