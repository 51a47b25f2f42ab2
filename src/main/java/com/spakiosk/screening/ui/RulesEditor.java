package com.spakiosk.screening.ui;

import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.MenuItem;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.screening.ContraindicationRule;
import com.spakiosk.screening.RuleForm;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.screening.Verdict;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A question's rules: what a "yes" gives which verdict, and why. A refusal of one treatment or
 * add-on has its own words for the guest in each language; a refusal of everything or of a body
 * area reads the question's refusal; any other verdict is a note for the therapist.
 */
class RulesEditor extends Div {

    private final List<Draft> drafts = new ArrayList<>();
    private final Div rows = new Div();
    private final FieldProblems problems;
    private final List<MenuItem> treatments;
    private final List<MenuItem> addOns;

    RulesEditor(List<RuleForm> rules, List<MenuItem> treatments, List<MenuItem> addOns, FieldProblems problems) {
        this.problems = problems;
        this.treatments = treatments;
        this.addOns = addOns;
        addClassName("manage-rules");
        add(new H2(getTranslation("manage.rules.title")), new Paragraph(getTranslation("manage.rules.intro")), rows);
        rules.forEach(r -> drafts.add(new Draft(r)));
        var addRule = new Button(getTranslation("manage.rules.add"), VaadinIcon.PLUS.create(), e -> {
            drafts.add(new Draft(new RuleForm(RuleScope.EVERYTHING, null, null, null, Verdict.BLOCKED, Map.of())));
            render();
        });
        add(addRule);
        render();
    }

    List<RuleForm> value() {
        return drafts.stream().map(Draft::value).toList();
    }

    private void render() {
        rows.removeAll();
        problems.forget("rule.");
        for (int i = 0; i < drafts.size(); i++) {
            rows.add(row(i, drafts.get(i)));
        }
    }

    private Div row(int index, Draft draft) {
        String prefix = "rule." + (index + 1) + ".";
        var scope = new Select<RuleScope>();
        scope.setLabel(getTranslation("manage.rules.scope"));
        scope.setItems(RuleScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("manage.scope." + s.name()));
        scope.setValue(draft.scope);
        scope.addValueChangeListener(e -> {
            draft.scope = e.getValue();
            render();
        });
        problems.field(prefix + "scope", scope);

        var verdict = problems.field(prefix + "verdict", new Select<Verdict>());
        verdict.setLabel(getTranslation("manage.rules.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("manage.verdict." + v.name()));
        verdict.setValue(draft.verdict);
        verdict.addValueChangeListener(e -> {
            draft.verdict = e.getValue();
            render();
        });

        var what = new Div(scope);
        what.addClassName("manage-rules__what");
        switch (draft.scope) {
            case TREATMENT -> what.add(problems.field(prefix + "target", itemSelect(treatments, draft.treatmentId,
                    id -> draft.treatmentId = id)));
            case ADD_ON -> what.add(problems.field(prefix + "target", itemSelect(addOns, draft.addOnId,
                    id -> draft.addOnId = id)));
            case BODY_AREA -> {
                var area = problems.field(prefix + "target", new Select<BodyArea>());
                area.setLabel(getTranslation("manage.rules.target"));
                area.setItems(BodyArea.values());
                area.setItemLabelGenerator(a -> getTranslation("desk.card.area." + a.name()));
                area.setValue(draft.area);
                area.addValueChangeListener(e -> draft.area = e.getValue());
                what.add(area);
            }
            case EVERYTHING -> { }
        }
        what.add(verdict);

        var words = new Div();
        words.addClassName("manage-rules__words");
        RuleForm current = draft.value();
        if (current.readsQuestionRefusal()) {
            var note = new Span(getTranslation("manage.rules.readsRefusal"));
            note.addClassName("manage-note");
            words.add(note);
        } else {
            boolean guestReads = current.verdict() == Verdict.BLOCKED;
            for (String language : guestReads ? MenuLanguages.ALL : List.of(MenuLanguages.ENGLISH)) {
                var reason = problems.field(prefix + "reason." + language, new TextField(getTranslation(
                        guestReads ? "manage.rules.guestReads" : "manage.rules.therapistNote",
                        getTranslation("manage.language." + language))));
                reason.setMaxLength(ContraindicationRule.REASON_MAX);
                reason.setValue(draft.reason.getOrDefault(language, ""));
                reason.addValueChangeListener(e -> draft.reason.put(language, e.getValue()));
                reason.getElement().setAttribute("lang", language);
                words.add(reason);
            }
        }
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            drafts.remove(index);
            render();
        });
        remove.setAriaLabel(getTranslation("manage.rules.remove", index + 1));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        var row = new Div(what, words, remove);
        row.addClassName("manage-rules__row");
        return row;
    }

    private Select<Long> itemSelect(List<MenuItem> items, Long value, java.util.function.Consumer<Long> onChange) {
        var select = new Select<Long>();
        select.setLabel(getTranslation("manage.rules.target"));
        select.setItems(items.stream().map(MenuItem::id).toList());
        Map<Long, String> names = new HashMap<>();
        items.forEach(i -> names.put(i.id(), i.active() ? i.name() : getTranslation("manage.rules.offMenu", i.name())));
        select.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        select.setValue(value);
        select.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return select;
    }

    /** A rule being edited. */
    private static final class Draft {
        private RuleScope scope;
        private Long treatmentId;
        private Long addOnId;
        private BodyArea area;
        private Verdict verdict;
        private final Map<String, String> reason = new HashMap<>();

        Draft(RuleForm rule) {
            scope = rule.scope();
            treatmentId = rule.treatmentId();
            addOnId = rule.addOnId();
            area = rule.bodyArea();
            verdict = rule.verdict();
            reason.putAll(rule.reason());
        }

        RuleForm value() {
            return new RuleForm(scope, treatmentId, addOnId, area, verdict, reason);
        }
    }
}
