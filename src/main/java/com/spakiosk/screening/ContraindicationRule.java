package com.spakiosk.screening;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import com.spakiosk.menu.BodyArea;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * "A yes to this question gives this verdict to that": to everything, one treatment,
 * one add-on, or whatever works on one body area. The reason is what the guest or the
 * therapist is told.
 */
@Entity
public class ContraindicationRule extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private ScreeningQuestion question;

    @Enumerated(EnumType.STRING)
    private RuleScope scope;

    private Long treatmentId;
    private Long addOnId;

    @Enumerated(EnumType.STRING)
    private BodyArea bodyArea;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String reason;

    protected ContraindicationRule() {
    }

    ContraindicationRule(ScreeningQuestion question, RuleScope scope, Long treatmentId, Long addOnId,
                         BodyArea bodyArea, Verdict verdict, String reason) {
        this.question = question;
        this.scope = Require.present(scope, "Scope");
        boolean targetsMatchScope = (scope == RuleScope.TREATMENT) == (treatmentId != null)
                && (scope == RuleScope.ADD_ON) == (addOnId != null)
                && (scope == RuleScope.BODY_AREA) == (bodyArea != null);
        if (!targetsMatchScope) {
            throw new IllegalArgumentException("A " + scope + " rule must name exactly its own target");
        }
        this.treatmentId = treatmentId;
        this.addOnId = addOnId;
        this.bodyArea = bodyArea;
        this.verdict = Require.present(verdict, "Verdict");
        this.reason = Require.text(reason, REASON_MAX, "Reason");
    }

    public RuleScope getScope() {
        return scope;
    }

    public Long getTreatmentId() {
        return treatmentId;
    }

    public Long getAddOnId() {
        return addOnId;
    }

    public BodyArea getBodyArea() {
        return bodyArea;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getReason() {
        return reason;
    }
}
