package com.spakiosk.menu;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One step of how a session is performed, shown to the therapist (toes, foot, ankle, calf, ...). */
@Entity
public class ProtocolStep extends AbstractEntity {

    public static final int TITLE_MAX = 100;
    public static final int INSTRUCTION_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treatment_id")
    private Treatment treatment;

    private int stepOrder;

    @Enumerated(EnumType.STRING)
    private BodyArea bodyArea;

    @Enumerated(EnumType.STRING)
    private ClientPosition clientPosition;

    private String title;
    private String instruction;

    protected ProtocolStep() {
    }

    ProtocolStep(Treatment treatment, int stepOrder, BodyArea bodyArea, ClientPosition position,
                 String title, String instruction) {
        this.treatment = treatment;
        this.stepOrder = stepOrder;
        this.bodyArea = bodyArea;
        this.clientPosition = Require.present(position, "Client position");
        this.title = Require.text(title, TITLE_MAX, "Title");
        this.instruction = Require.text(instruction, INSTRUCTION_MAX, "Instruction");
    }

    public int getStepOrder() {
        return stepOrder;
    }

    /** The area worked on, or null for a step over the whole leg (the nerve trunks). */
    public BodyArea getBodyArea() {
        return bodyArea;
    }

    public ClientPosition getClientPosition() {
        return clientPosition;
    }

    public String getTitle() {
        return title;
    }

    public String getInstruction() {
        return instruction;
    }
}
