package com.spakiosk.screening;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The health screening: its questions and the rules that turn answers into verdicts. */
@Service
public class ScreeningService {

    private final ScreeningQuestionRepository questions;
    private final ResourceVersion resourceVersion;

    ScreeningService(ScreeningQuestionRepository questions, ResourceVersion resourceVersion) {
        this.questions = questions;
        this.resourceVersion = resourceVersion;
    }

    /** The active questions in the order a guest sees them, each with its rules loaded. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the kiosk asks every guest the screening questions")
    public List<ScreeningQuestion> activeQuestions() {
        return questions.findActiveWithRules();
    }

    /** Every rule of the active questions, as plain data for {@link ScreeningRules}. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the kiosk evaluates a guest's answers with these rules")
    public List<ScreeningRules.Rule> activeRules() {
        return questions.findActiveWithRules().stream()
                .flatMap(q -> q.getRules().stream().map(r -> new ScreeningRules.Rule(q.getCode(), r.getScope(),
                        r.getTreatmentId(), r.getAddOnId(), r.getBodyArea(), r.getVerdict(), r.getReason())))
                .toList();
    }

    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public ScreeningQuestion saveQuestion(ScreeningQuestion question) {
        resourceVersion.bump();
        return questions.save(question);
    }

     /** How many screening questions exist (the demo loader fills only an empty spa). */
   @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public long countQuestions() {
        return questions.count();
    }
}
