package com.spakiosk.menu.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.TreatmentCategory;
import com.spakiosk.menu.TreatmentEdit;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.menu.TreatmentForm;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One treatment in the manager's hands ({@code /manage/menu/treatment/<id>}, or {@code new}): its
 * words in three languages, kind and areas, durations and prices, the protocol, the kiosk card as
 * guests will see it in each language, and its history. Every change is refused calmly, at its
 * field, when it breaks a rule or someone changed the treatment first.
 */
@Route(value = "manage/menu/treatment", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class TreatmentEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final TreatmentEditor editor;
    private final MenuService menu;
    private final ZoneId zone;
    private final FieldProblems problems;
    private final TreatmentDetailsForm details;
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Div below = new Div();
    private TreatmentEdit edit;

    TreatmentEditorView(TreatmentEditor editor, MenuService menu, SpaProperties spa) {
        this.editor = editor;
        this.menu = menu;
        this.zone = spa.zone();
        this.problems = new FieldProblems(zone);
        this.details = new TreatmentDetailsForm(problems);
        addClassNames("staff-page", "manage-treatment");
        var back = new RouterLink(getTranslation("manage.menu.back"), TreatmentsView.class);
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
            details.show(new TreatmentForm("", TreatmentCategory.RELAXING, Map.of(), EnumSet.noneOf(
                    com.spakiosk.menu.BodyArea.class), true), Set.of());
            title.setText(getTranslation("manage.menu.new"));
            return;
        }
        try {
            load(Long.parseLong(parameter));
        } catch (NumberFormatException | MenuEditException e) {
            title.setText(getTranslation("manage.menu.notFound"));
            details.setVisible(false);
        }
    }

    private void load(long id) {
        edit = editor.treatment(id);
        details.show(edit.form(), editor.treatments().stream().filter(r -> r.id() == id).findFirst()
                .map(r -> r.missingLanguages()).orElse(Set.of()));
        title.setText(edit.form().texts(MenuLanguages.ENGLISH).name());
        status.removeAll();
        status.add(new MenuStatus(edit.active(), this::toggleActive));
        renderBelow();
    }

    private void renderBelow() {
        below.removeAll();
        below.add(new DurationsPanel(edit, editor, problems, zone, this::reload),
                new ProtocolPanel(edit, editor, problems, this::reload), preview(),
                ChangeHistoryList.section(editor.history(edit.id()), zone));
    }

    private void reload() {
        load(edit.id());
    }

    private void save() {
        try {
            if (edit == null) {
                long id = editor.create(details.value());
                getUI().ifPresent(ui -> ui.navigate(TreatmentEditorView.class, String.valueOf(id)));
            } else {
                editor.update(edit.id(), edit.version(), details.value());
                problems.clear();
                reload();
            }
        } catch (MenuEditException e) {
            problems.show(e);
            if (edit != null && FieldProblems.isStale(e)) {
                // Keep what the manager typed; the next save applies it to the version now stored.
                edit = editor.treatment(edit.id());
                renderBelow();
            }
        }
    }

    private void toggleActive() {
        if (!edit.active()) {
            DurationsPanel.run(problems, () -> editor.setActive(edit.id(), edit.version(), true, BookingsDecision.KEEP),
                    this::reload);
            return;
        }
        var affected = editor.affectedByDeactivating(edit.id());
        if (affected.isEmpty()) {
            DurationsPanel.run(problems, () -> editor.setActive(edit.id(), edit.version(), false, BookingsDecision.KEEP),
                    this::reload);
        } else {
            new BookingsDecisionDialog(getTranslation("manage.menu.takeOffTitle", title.getText()), affected, zone,
                    decision -> DurationsPanel.run(problems,
                            () -> editor.setActive(edit.id(), edit.version(), false, decision), this::reload)).open();
        }
    }

    /** The kiosk card as guests will see it, in each language, from what is saved. */
    private Div preview() {
        var section = new Div(new H2(getTranslation("manage.preview.title")));
        section.addClassName("manage-preview");
        var card = editor.preview(edit.id());
        if (card.isEmpty()) {
            section.add(new Paragraph(getTranslation("manage.preview.noDuration")));
            return section;
        }
        if (!edit.active() || !edit.form().kioskVisible()) {
            section.add(new Paragraph(getTranslation(edit.active() ? "manage.preview.deskOnly" : "manage.preview.offMenu")));
        }
        section.add(new KioskPreview(menu, content -> new TreatmentCard(card.get(), content, () -> { })));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.menu.title");
    }
}
