package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.ScreeningRules.Target;
import com.spakiosk.screening.Verdict;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 3: the health screening, one line per question with large Yes/No. Every answer starts at
 * "No", so a guest taps only what applies. Answers are kept only with explicit consent, and
 * only as flags on the booking.
 */
class ScreeningStep extends Section {

    private final KioskView kiosk;
    private final Set<String> yes = new HashSet<>();
    private final Checkbox consent = new Checkbox();
    private final Paragraph problem = new Paragraph();
    private final MenuTexts texts;

    ScreeningStep(KioskView kiosk) {
        this.kiosk = kiosk;
        this.texts = new MenuTexts(getLocale());
        yes.addAll(kiosk.draft.yesAnswers());
        addClassName("kiosk-step");
        add(new StepNavigation(getTranslation("kiosk.back"), () -> kiosk.show(new OptionsStep(kiosk)), 3));
        add(new H1(getTranslation("kiosk.screening.title")), new Paragraph(getTranslation("kiosk.screening.intro")));
        var list = new Div();
        list.addClassName("screening-list");
        for (ScreeningQuestion question : kiosk.data.questions()) {
            list.add(questionRow(question));
        }
        add(list);

        consent.setLabel(getTranslation("kiosk.screening.consent"));
        consent.addClassName("screening-consent");
        problem.addClassName("kiosk-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var next = new Button(getTranslation("kiosk.continue"), e -> submit());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("kiosk-next");
        var footer = new Div(consent, problem, next);
        footer.addClassNames("kiosk-footer", "screening-footer");
        add(footer);
    }

    private Div questionRow(ScreeningQuestion question) {
        var text = new Span(texts.question(question));
        text.addClassName("screening-question__text");
        var yesButton = new Button(getTranslation("kiosk.yes"));
        var noButton = new Button(getTranslation("kiosk.no"));
        Runnable show = () -> {
            boolean isYes = yes.contains(question.getCode());
            mark(yesButton, isYes);
            mark(noButton, !isYes);
        };
        yesButton.addClickListener(e -> {
            yes.add(question.getCode());
            show.run();
        });
        noButton.addClickListener(e -> {
            yes.remove(question.getCode());
            show.run();
        });
        yesButton.addClassName("answer-yes");
        noButton.addClassName("answer-no");
        show.run();
        var answers = new Div(noButton, yesButton);
        answers.addClassName("screening-question__answers");
        answers.getElement().setAttribute("role", "group");
        answers.getElement().setAttribute("aria-label", texts.question(question));
        var row = new Div(text, answers);
        row.addClassName("screening-question");
        row.getElement().setAttribute("data-code", question.getCode());
        return row;
    }

    private void submit() {
        if (!yes.isEmpty() && !consent.getValue()) {
            // Without consent nothing is stored, and we cannot book safely: the desk takes over.
            kiosk.show(new NoConsentStep(kiosk));
            return;
        }
        kiosk.draft.screening(yes, yes.isEmpty() ? null : kiosk.clock.instant());
        ScreeningRules.Evaluation evaluation = evaluate(kiosk.draft.treatment(), kiosk.draft.addOns().keySet());
        MenuTreatment treatment = kiosk.draft.treatment();
        if (evaluation.verdictFor(target(treatment)) == Verdict.BLOCKED) {
            kiosk.show(new NotSuitableStep(kiosk, reasons(evaluation, target(treatment)), safeAlternatives()));
            return;
        }
        List<String> removed = new ArrayList<>();
        for (MenuAddOn addOn : List.copyOf(kiosk.draft.addOns().keySet())) {
            if (evaluation.verdictFor(target(addOn)) == Verdict.BLOCKED) {
                kiosk.draft.drop(addOn);
                removed.add(getTranslation("kiosk.screening.addOnRemoved", texts.name(addOn),
                        String.join(" ", reasons(evaluation, target(addOn)))));
            }
        }
        kiosk.showTimes(removed, evaluation.needsReview());
    }

    /** Treatments that no answer rules out (with none of the add-ons): what the guest can still enjoy. */
    private List<MenuTreatment> safeAlternatives() {
        return kiosk.data.menu().stream()
                .filter(t -> evaluate(t, Set.of()).verdictFor(target(t)) != Verdict.BLOCKED)
                .toList();
    }

    private ScreeningRules.Evaluation evaluate(MenuTreatment treatment, Set<MenuAddOn> addOns) {
        List<Target> targets = new ArrayList<>();
        targets.add(target(treatment));
        addOns.forEach(a -> targets.add(target(a)));
        return ScreeningRules.evaluate(kiosk.data.rules(), yes, targets);
    }

    private List<String> reasons(ScreeningRules.Evaluation evaluation, Target target) {
        return evaluation.findings().stream()
                .filter(f -> f.target().equals(target) && f.verdict() == Verdict.BLOCKED)
                .map(f -> texts.blockedReason(f.questionCode(), f.reason())).distinct().toList();
    }

    static Target target(MenuTreatment t) {
        return new Target(Target.Kind.TREATMENT, t.id(), t.name(), t.bodyAreas());
    }

    static Target target(MenuAddOn a) {
        return new Target(Target.Kind.ADD_ON, a.id(), a.name(), a.bodyAreas());
    }

    private static void mark(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.getElement().getClassList().set("selected", on);
    }

    /** The answers rule the chosen treatment out: say why, kindly, and offer what is safe. */
    static class NotSuitableStep extends Section {
        NotSuitableStep(KioskView kiosk, List<String> reasons, List<MenuTreatment> alternatives) {
            addClassName("kiosk-step");
            addClassName("kiosk-not-suitable");
            add(new StepNavigation(kiosk.getTranslation("kiosk.back"), kiosk::showScreening, 3));
            add(new H1(getTranslation("kiosk.notSuitable.title", new MenuTexts(getLocale()).name(kiosk.draft.treatment()))));
            reasons.forEach(r -> add(new Paragraph(r)));
            add(new Paragraph(getTranslation("kiosk.notSuitable.doctor")));
            if (alternatives.isEmpty()) {
                add(new Paragraph(getTranslation("kiosk.notSuitable.none")));
                var done = new Button(getTranslation("kiosk.finish"), e -> kiosk.reset());
                done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(done);
                return;
            }
            add(new H2(getTranslation("kiosk.notSuitable.alternatives")));
            var cards = new Div();
            cards.addClassName("kiosk-cards");
            alternatives.forEach(t -> cards.add(new TreatmentCard(t, getTranslation("category." + t.category().name()),
                    getLocale(), () -> kiosk.showOptions(t))));
            add(cards);
        }
    }

    /** No consent to keep health answers: the front desk will help in person. */
    static class NoConsentStep extends Section {
        NoConsentStep(KioskView kiosk) {
            addClassName("kiosk-step");
            addClassName("calm-message");
            add(new H1(getTranslation("kiosk.noConsent.title")), new Paragraph(getTranslation("kiosk.noConsent.text")));
            var back = new Button(getTranslation("kiosk.back"), e -> kiosk.showScreening());
            var done = new Button(getTranslation("kiosk.finish"), e -> kiosk.reset());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(back, done));
        }
    }
}
