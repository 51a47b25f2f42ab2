package com.spakiosk.screening;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import com.spakiosk.menu.BodyArea;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A yes/no health question in plain words; a "yes" triggers the question's rules. */
@Entity
public class ScreeningQuestion extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int QUESTION_MAX = 300;
    public static final int HELP_TEXT_MAX = 500;

    private String code;
    private String question;
    private String helpText;
    private int displayOrder;
    private boolean active;

    @Version
    private long version;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ContraindicationRule> rules = new ArrayList<>();

    protected ScreeningQuestion() {
    }

    public ScreeningQuestion(String code, String question, String helpText, int displayOrder) {
        this.code = Require.text(code, CODE_MAX, "Code");
        this.question = Require.text(question, QUESTION_MAX, "Question");
        this.helpText = Require.optionalText(helpText, HELP_TEXT_MAX, "Help text");
        this.displayOrder = displayOrder;
        this.active = true;
    }

    public ScreeningQuestion forEverything(Verdict verdict, String reason) {
        rules.add(new ContraindicationRule(this, RuleScope.EVERYTHING, null, null, null, verdict, reason));
        return this;
    }

    public ScreeningQuestion forTreatment(long treatmentId, Verdict verdict, String reason) {
        rules.add(new ContraindicationRule(this, RuleScope.TREATMENT, treatmentId, null, null, verdict, reason));
        return this;
    }

    public ScreeningQuestion forAddOn(long addOnId, Verdict verdict, String reason) {
        rules.add(new ContraindicationRule(this, RuleScope.ADD_ON, null, addOnId, null, verdict, reason));
        return this;
    }

    public ScreeningQuestion forBodyArea(BodyArea area, Verdict verdict, String reason) {
        rules.add(new ContraindicationRule(this, RuleScope.BODY_AREA, null, null, area, verdict, reason));
        return this;
    }

    /** A new code (the manager's rename); the caller moves the translations keyed by the old one. */
    public void changeCode(String code) {
        this.code = Require.text(code, CODE_MAX, "Code");
    }

    public void rephrase(String question, String helpText) {
        this.question = Require.text(question, QUESTION_MAX, "Question");
        this.helpText = Require.optionalText(helpText, HELP_TEXT_MAX, "Help text");
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    /** Replaces the rules (the editor writes them as a whole). */
    public void replaceRules(List<RuleForm> forms, java.util.function.Function<RuleForm, String> englishReason) {
        rules.clear();
        for (RuleForm f : forms) {
            rules.add(new ContraindicationRule(this, f.scope(), f.scope() == RuleScope.TREATMENT ? f.treatmentId() : null,
                    f.scope() == RuleScope.ADD_ON ? f.addOnId() : null, f.scope() == RuleScope.BODY_AREA ? f.bodyArea() : null,
                    f.verdict(), englishReason.apply(f)));
        }
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }

    public String getHelpText() {
        return helpText;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<ContraindicationRule> getRules() {
        return Collections.unmodifiableList(rules);
    }
}
