package com.spakiosk.screening.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.ui.ChangeHistoryList;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.screening.ContraindicationRule;
import com.spakiosk.screening.QuestionEdit;
import com.spakiosk.screening.QuestionForm;
import com.spakiosk.screening.ScreeningEditor;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One screening question in the manager's hands ({@code /manage/screening/question/<id>}, or
 * {@code new}): the question and the guest's refusal in three languages, why we ask, its rules,
 * whether the kiosk asks it, and its history.
 */
@Route(value = "manage/screening/question", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class QuestionEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ScreeningEditor editor;
    private final MenuService menu;
    private final ZoneId zone;
    private final FieldProblems problems;
    private final H1 title = new H1();
    private final Div status = new Div();
    private final TextField code = new TextField();
    private final TextArea helpText = new TextArea();
    private final Map<String, TextArea> question = new LinkedHashMap<>();
    private final Map<String, TextArea> refusal = new LinkedHashMap<>();
    private final TabSheet tabs = new TabSheet();
    private final Div rulesHolder = new Div();
    private final Div below = new Div();
    private RulesEditor rules;
    private QuestionEdit edit;

    QuestionEditorView(ScreeningEditor editor, MenuService menu, SpaProperties spa) {
        this.editor = editor;
        this.menu = menu;
        this.zone = spa.zone();
        this.problems = new FieldProblems(zone);
        addClassNames("staff-page", "manage-question");
        var back = new RouterLink(getTranslation("manage.screening.back"), ScreeningView.class);
        back.addClassName("manage-back");
        status.addClassName("manage-flags");

        code.setLabel(getTranslation("manage.field.code"));
        code.setHelperText(getTranslation("manage.screening.codeHelp"));
        code.setMaxLength(ScreeningQuestion.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        helpText.setLabel(getTranslation("manage.screening.helpText"));
        helpText.setMaxLength(ScreeningQuestion.HELP_TEXT_MAX);
        for (String language : MenuLanguages.ALL) {
            var q = problems.field("question." + language, new TextArea(getTranslation("manage.screening.question")));
            q.setMaxLength(ScreeningQuestion.QUESTION_MAX);
            q.setRequiredIndicatorVisible(language.equals(MenuLanguages.ENGLISH));
            var r = problems.field("refusal." + language, new TextArea(getTranslation("manage.screening.refusal")));
            r.setMaxLength(ContraindicationRule.REASON_MAX);
            r.setHelperText(getTranslation("manage.screening.refusalHelp"));
            var form = new FormLayout(q, r);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            form.getElement().setAttribute("lang", language);
            question.put(language, q);
            refusal.put(language, r);
            tabs.add(getTranslation("manage.language." + language), form);
        }
        tabs.addClassName("manage-language-tabs");
        var save = new Button(getTranslation("manage.menu.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(save);
        actions.addClassName("manage-actions");
        var details = new Div(problems.field("code", code), tabs, problems.field("helpText", helpText), rulesHolder);
        details.addClassName("manage-details");
        add(back, title, status, problems.general(), details, actions, below);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            edit = null;
            title.setText(getTranslation("manage.screening.new"));
            show(new QuestionForm("", Map.of(), "", Map.of(), List.of()));
            return;
        }
        try {
            load(Long.parseLong(parameter));
        } catch (NumberFormatException | MenuEditException e) {
            title.setText(getTranslation("manage.screening.notFound"));
            removeAll();
            add(new RouterLink(getTranslation("manage.screening.back"), ScreeningView.class), title);
        }
    }

    private void load(long id) {
        edit = editor.question(id);
        show(edit.form());
        title.setText(edit.form().question(MenuLanguages.ENGLISH));
        status.removeAll();
        status.add(ScreeningView.badge(edit.active() ? "manage.screening.asked" : "manage.screening.notAsked",
                edit.active() ? "ok" : "off"));
        var toggle = new Button(getTranslation(edit.active() ? "manage.screening.stopAsking" : "manage.screening.askAgain"),
                e -> problems.attempt(() -> editor.setActive(edit.id(), edit.version(), !edit.active()),
                        () -> load(edit.id())));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        status.add(toggle);
        below.removeAll();
        var history = new Div(new H2(getTranslation("manage.history.title")),
                new ChangeHistoryList(editor.history(id), zone));
        history.addClassName("manage-history-section");
        below.add(history);
    }

    private void show(QuestionForm form) {
        code.setValue(form.code());
        helpText.setValue(form.helpText());
        question.forEach((language, field) -> field.setValue(form.question(language)));
        refusal.forEach((language, field) -> field.setValue(form.refusal(language)));
        rulesHolder.removeAll();
        rules = new RulesEditor(form.rules(), menu.allTreatments(), menu.allAddOns(), problems);
        rulesHolder.add(rules);
    }

    private QuestionForm value() {
        Map<String, String> q = new HashMap<>();
        Map<String, String> r = new HashMap<>();
        question.forEach((language, field) -> q.put(language, field.getValue()));
        refusal.forEach((language, field) -> r.put(language, field.getValue()));
        return new QuestionForm(code.getValue(), q, helpText.getValue(), r, rules.value());
    }

    private void save() {
        try {
            if (edit == null) {
                long id = editor.create(value());
                getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class, String.valueOf(id)));
            } else {
                editor.update(edit.id(), edit.version(), value());
                problems.clear();
                load(edit.id());
            }
        } catch (MenuEditException e) {
            problems.show(e);
            if (edit != null && FieldProblems.isStale(e)) {
                edit = editor.question(edit.id()); // keep what was typed; the next save applies to the new version
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.screening.title");
    }
}
