package com.spakiosk.menu.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.AddOnEdit;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.AddOnForm;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.FutureBookings;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuService;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One add-on in the manager's hands ({@code /manage/menu/add-on/<id>}, or {@code new}): its words
 * in three languages, price, minutes, when it happens, equipment and units, its options, the
 * treatments it goes with, the kiosk card as guests will see it in each language, and its history.
 * Every change is refused calmly, at its field, when it breaks a rule or someone changed it first.
 */
@Route(value = "manage/menu/add-on", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class AddOnEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final AddOnEditor editor;
    private final MenuService menu;
    private final ZoneId zone;
    private final FieldProblems problems;
    private final AddOnDetailsForm details;
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Div below = new Div();
    private AddOnEdit edit;

    AddOnEditorView(AddOnEditor editor, MenuService menu, SpaProperties spa) {
        this.editor = editor;
        this.menu = menu;
        this.zone = spa.zone();
        this.problems = new FieldProblems(zone);
        this.details = new AddOnDetailsForm(problems, editor.equipment(), editor.grid());
        addClassNames("staff-page", "manage-add-on");
        var back = new RouterLink(getTranslation("manage.addOns.back"), AddOnsView.class);
        back.addClassName("manage-back");
        var save = new Button(getTranslation("manage.menu.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(save);
        actions.addClassName("manage-actions");
        add(back, title, status, problems.general(), details, actions, below);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            edit = null;
            details.show(new AddOnForm("", Map.of(), null, 0, AddOnPlacement.DURING_MASSAGE, null, 1, Set.of()),
                    Set.of());
            title.setText(getTranslation("manage.addOns.new"));
            return;
        }
        try {
            load(Long.parseLong(parameter));
        } catch (NumberFormatException | MenuEditException e) {
            title.setText(getTranslation("manage.addOns.notFound"));
            details.setVisible(false);
        }
    }

    private void load(long id) {
        edit = editor.addOn(id);
        details.show(edit.form(), editor.addOns().stream().filter(r -> r.id() == id).findFirst()
                .map(r -> r.missingLanguages()).orElse(Set.of()));
        title.setText(edit.form().texts(MenuLanguages.ENGLISH).name());
        status.removeAll();
        status.add(new MenuStatus(edit.active(), this::toggleActive));
        renderBelow();
    }

    private void renderBelow() {
        below.removeAll();
        below.add(new AddOnOptionsPanel(edit, editor, problems, this::reload),
                new AllowedTreatmentsPanel(edit, title.getText(), editor, menu.allTreatments(), problems, zone,
                        this::reload), preview(), ChangeHistoryList.section(editor.history(edit.id()), zone));
    }

    private void reload() {
        load(edit.id());
    }

    private void save() {
        try {
            if (edit == null) {
                long id = editor.create(details.value());
                getUI().ifPresent(ui -> ui.navigate(AddOnEditorView.class, String.valueOf(id)));
            } else {
                editor.update(edit.id(), edit.version(), details.value());
                problems.clear();
                reload();
            }
        } catch (MenuEditException e) {
            problems.show(e);
            if (edit != null && FieldProblems.isStale(e)) {
                // Keep what the manager typed; the next save applies it to the version now stored.
                edit = editor.addOn(edit.id());
                renderBelow();
            }
        }
    }

    private void toggleActive() {
        var affected = edit.active() ? editor.affectedByDeactivating(edit.id()) : List.<FutureBookings.Affected>of();
        if (affected.isEmpty()) {
            problems.attempt(() -> editor.setActive(edit.id(), edit.version(), !edit.active(),
                    BookingsDecision.KEEP), this::reload);
        } else {
            new BookingsDecisionDialog(getTranslation("manage.addOns.takeOffTitle", title.getText()), affected, zone,
                    decision -> problems.attempt(() -> editor.setActive(edit.id(), edit.version(), false, decision), this::reload)).open();
        }
    }

    /** The add-on as the kiosk's options step shows it, in each language, from what is saved. */
    private Div preview() {
        var section = new Div(new H2(getTranslation("manage.preview.title")));
        section.addClassName("manage-preview");
        MenuAddOn addOn = editor.preview(edit.id());
        if (!edit.active()) {
            section.add(new Paragraph(getTranslation("manage.addOns.previewOffMenu")));
        } else if (edit.allowedTreatmentIds().isEmpty()) {
            section.add(new Paragraph(getTranslation("manage.addOns.previewNoTreatment")));
        }
        section.add(new KioskPreview(menu, content -> {
            var card = new AddOnCard(addOn, content, () -> { });
            card.toggle().getElement().setAttribute("aria-pressed", "false");
            return card;
        }));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.addOns.title");
    }
}
