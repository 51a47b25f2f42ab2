package com.spakiosk.menu;

/** One step of a treatment's session as the therapist's card shows it; area null means the whole leg. */
public record MenuProtocolStep(int order, ClientPosition position, BodyArea area, String title, String instruction) {

    static MenuProtocolStep of(ProtocolStep s) {
        return new MenuProtocolStep(s.getStepOrder(), s.getClientPosition(), s.getBodyArea(), s.getTitle(),
                s.getInstruction());
    }
}
