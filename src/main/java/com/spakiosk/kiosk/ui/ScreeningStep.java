package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.screening.ScreeningQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * Step 3: the health screening, one line per question with large Yes/No. Every answer starts at
 * "No", so a guest taps only what applies. Answers are kept only with explicit consent, and
 * only as flags on the booking. The flow keeps the answers and the consent, so Back finds them.
 */
class ScreeningStep extends Section {

    private final KioskFlow flow;
    private final MenuTexts texts;

    ScreeningStep(KioskFlow flow, KioskNavigator navigator) {
        this.flow = flow;
        this.texts = flow.texts(getLocale());
        addClassName("kiosk-step");
        add(new StepNavigation(getTranslation("kiosk.back"), () -> navigator.show(KioskStep.OPTIONS),
                KioskStep.SCREENING));
        add(new H1(getTranslation("kiosk.screening.title")), new Paragraph(getTranslation("kiosk.screening.intro")));
        var list = new Div();
        list.addClassName("screening-list");
        for (ScreeningQuestion question : flow.questions()) {
            list.add(questionRow(question));
        }
        add(list);

        var consent = new Checkbox(getTranslation("kiosk.screening.consent"), flow.consent());
        consent.addClassName("screening-consent");
        consent.addValueChangeListener(e -> flow.consent(e.getValue()));
        var problem = new Div();
        var next = new Button(getTranslation("kiosk.continue"), e -> {
            try {
                navigator.show(switch (flow.submitScreening()) {
                    case ScreeningOutcome.NeedsConsent needsConsent -> KioskStep.NO_CONSENT;
                    case ScreeningOutcome.NotSuitable notSuitable -> KioskStep.NOT_SUITABLE;
                    case ScreeningOutcome.Suitable suitable -> KioskStep.TIMES;
                });
            } catch (BookingException ex) {
                if (!MenuChangedNotice.explains(ex)) {
                    throw ex;
                }
                problem.removeAll();
                problem.add(new MenuChangedNotice(flow, navigator, ex));
            }
        });
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
            boolean isYes = flow.answeredYes(question.getCode());
            mark(yesButton, isYes);
            mark(noButton, !isYes);
        };
        yesButton.addClickListener(e -> {
            flow.answer(question.getCode(), true);
            show.run();
        });
        noButton.addClickListener(e -> {
            flow.answer(question.getCode(), false);
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

    private static void mark(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.getElement().getClassList().set("selected", on);
    }
}
