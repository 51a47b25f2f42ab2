package com.spakiosk.screening.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.screening.QuestionRow;
import com.spakiosk.screening.ScreeningEditor;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The health screening as the kiosk asks it: questions in order, how many rules each has, whether
 * the kiosk asks it, which languages lack words; a way to the preview of what answers mean.
 */
@Route(value = "manage/screening", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class ScreeningView extends Main implements HasDynamicTitle {

    private final ScreeningEditor editor;
    private final Grid<QuestionRow> grid = new Grid<>();
    private List<QuestionRow> rows = List.of();

    ScreeningView(ScreeningEditor editor) {
        this.editor = editor;
        addClassNames("staff-page", "manage-screening");
        var create = new Button(getTranslation("manage.screening.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var preview = new RouterLink(getTranslation("manage.screening.toPreview"), ScreeningPreviewView.class);
        preview.addClassName("manage-link-button");
        var actions = new Div(preview, create);
        actions.addClassName("manage-flags");
        var header = new Div(new H1(getTranslation("manage.screening.title")), actions);
        header.addClassName("manage-header");
        add(header, new Paragraph(getTranslation("manage.screening.intro")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::orderButtons).setHeader(getTranslation("manage.menu.order")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::questionLink).setHeader(getTranslation("manage.screening.question")).setFlexGrow(4);
        grid.addColumn(QuestionRow::rules).setHeader(getTranslation("manage.screening.rules")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("manage.menu.status")).setFlexGrow(2);
        add(grid);
        refresh();
    }

    private void refresh() {
        rows = editor.questions();
        grid.setItems(rows);
    }

    private Component orderButtons(QuestionRow row) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            editor.move(row.id(), -1);
            refresh();
        });
        up.setAriaLabel(getTranslation("manage.menu.up", row.code()));
        up.setEnabled(rows.getFirst().id() != row.id());
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
            editor.move(row.id(), 1);
            refresh();
        });
        down.setAriaLabel(getTranslation("manage.menu.down", row.code()));
        down.setEnabled(rows.getLast().id() != row.id());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        var buttons = new Div(up, down);
        buttons.addClassName("manage-order");
        return buttons;
    }

    private Component questionLink(QuestionRow row) {
        var link = new RouterLink(row.question(), QuestionEditorView.class, String.valueOf(row.id()));
        link.addClassName("manage-item-name");
        var code = new Span(row.code());
        code.addClassName("manage-code");
        return new Div(link, code);
    }

    private Component flags(QuestionRow row) {
        var flags = new Div();
        flags.addClassName("manage-flags");
        flags.add(badge(row.active() ? "manage.screening.asked" : "manage.screening.notAsked", row.active() ? "ok" : "off"));
        for (String language : row.missingLanguages()) {
            flags.add(badge("manage.menu.missing." + language, "warn"));
        }
        return flags;
    }

    static Span badge(String key, String tone) {
        var badge = new Span();
        badge.setText(badge.getTranslation(key));
        badge.addClassNames("manage-badge", "manage-badge--" + tone);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.screening.title");
    }
}
