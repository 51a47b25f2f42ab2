package com.spakiosk.screening.ui;

import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.menu.ActiveMenu;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuService;
import com.spakiosk.screening.ScreeningPreview;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.screening.Verdict;
import com.spakiosk.security.Roles;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "What if a guest answers yes to these?": for every treatment and add-on of the menu, the
 * verdict and the exact words the kiosk shows, in the chosen language, computed by the kiosk's
 * own rules ({@link ScreeningPreview}). It also names the questions whose "yes" alone leaves a
 * guest nothing to book.
 */
@Route(value = "manage/screening/preview", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class ScreeningPreviewView extends Main implements HasDynamicTitle {

    private final MenuService menu;
    private final List<ScreeningQuestion> questions;
    private final List<ScreeningRules.Rule> rules;
    private final CheckboxGroup<ScreeningQuestion> answers = new CheckboxGroup<>();
    private final Select<String> language = new Select<>();
    private final Div results = new Div();

    ScreeningPreviewView(MenuService menu, ScreeningService screening) {
        this.menu = menu;
        this.questions = screening.activeQuestions();
        this.rules = screening.activeRules();
        addClassNames("staff-page", "manage-screening-preview");
        var back = new RouterLink(getTranslation("manage.screening.back"), ScreeningView.class);
        back.addClassName("manage-back");
        add(back, new H1(getTranslation("manage.preview.screeningTitle")),
                new Paragraph(getTranslation("manage.preview.screeningIntro")));

        ActiveMenu active = menu.active();
        List<String> blocking = ScreeningPreview.blockingEverything(rules,
                questions.stream().map(ScreeningQuestion::getCode).toList(), ScreeningPreview.targets(active));
        if (!blocking.isEmpty()) {
            var warning = new Paragraph(getTranslation("manage.preview.blockingEverything", blocking.stream()
                    .map(code -> questions.stream().filter(q -> q.getCode().equals(code)).findFirst()
                            .map(ScreeningQuestion::getQuestion).orElse(code))
                    .collect(Collectors.joining(" · "))));
            warning.addClassName("manage-problem");
            add(warning);
        }

        language.setLabel(getTranslation("manage.preview.language"));
        language.setItems(MenuLanguages.ALL);
        language.setItemLabelGenerator(l -> getTranslation("manage.language." + l));
        language.setValue(MenuLanguages.ENGLISH);
        language.addValueChangeListener(e -> {
            answers.setItemLabelGenerator(q -> content().question(q.getCode(), q.getQuestion()));
            render();
        });
        answers.setLabel(getTranslation("manage.preview.answers"));
        answers.setItems(questions);
        answers.setItemLabelGenerator(q -> content().question(q.getCode(), q.getQuestion()));
        answers.addValueChangeListener(e -> render());
        answers.addClassName("manage-preview__answers");
        answers.addThemeName("vertical");
        add(language, answers, results);
        render();
    }

    private void render() {
        results.removeAll();
        Set<String> yes = answers.getValue().stream().map(ScreeningQuestion::getCode).collect(Collectors.toSet());
        ActiveMenu active = menu.active();
        List<ScreeningPreview.Line> lines = ScreeningPreview.of(rules, yes, ScreeningPreview.targets(active));
        MenuContent texts = content();
        results.add(section("manage.preview.treatments", lines.stream()
                .filter(l -> l.target().kind() == ScreeningRules.Target.Kind.TREATMENT).toList(), texts, active));
        results.add(section("manage.preview.addOns", lines.stream()
                .filter(l -> l.target().kind() == ScreeningRules.Target.Kind.ADD_ON).toList(), texts, active));
    }

    private MenuContent content() {
        return menu.content(MenuLanguages.locale(language.getValue()));
    }

    private Div section(String titleKey, List<ScreeningPreview.Line> lines, MenuContent texts, ActiveMenu active) {
        var list = new UnorderedList();
        list.addClassName("manage-preview__lines");
        for (ScreeningPreview.Line line : lines) {
            var item = new ListItem();
            item.addClassName("manage-preview__line");
            var name = new Span(name(line.target(), texts, active));
            name.addClassName("manage-item-name");
            var verdict = ScreeningView.badge("manage.verdict." + line.verdict().name(), tone(line.verdict()));
            item.add(new Div(name, verdict));
            // What the guest reads when ruled out, exactly as the kiosk words it; else the therapist's notes.
            line.findings().stream().filter(f -> line.verdict() != Verdict.BLOCKED || f.verdict() == Verdict.BLOCKED)
                    .map(f -> f.verdict() == Verdict.BLOCKED
                            ? texts.blockedReason(f.questionCode(), line.target().code(), f.reason())
                            : getTranslation("manage.preview.note", f.reason()))
                    .distinct()
                    .forEach(text -> {
                        var p = new Paragraph(text);
                        p.getElement().setAttribute("lang", language.getValue());
                        item.add(p);
                    });
            list.add(item);
        }
        var section = new Div(new H2(getTranslation(titleKey)), list);
        section.addClassName("manage-preview__section");
        return section;
    }

    private static String name(ScreeningRules.Target target, MenuContent texts, ActiveMenu active) {
        if (target.kind() == ScreeningRules.Target.Kind.TREATMENT) {
            return active.treatments().stream().filter(t -> t.id() == target.id()).findFirst().map(texts::name)
                    .orElse(target.name());
        }
        return active.addOns().stream().filter(a -> a.id() == target.id()).findFirst().map(texts::name)
                .orElse(target.name());
    }

    private static String tone(Verdict verdict) {
        return switch (verdict) {
            case OK -> "ok";
            case CAUTION -> "note";
            case REVIEW, BLOCKED -> "warn";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.preview.screeningTitle");
    }
}
