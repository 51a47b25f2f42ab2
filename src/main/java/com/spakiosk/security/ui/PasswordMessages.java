package com.spakiosk.security.ui;

import com.spakiosk.security.PasswordPolicy;
import com.vaadin.flow.component.Component;

/** The password policy's refusals in the staff member's language. */
final class PasswordMessages {

    private PasswordMessages() {
    }

    static String of(Component in, PasswordPolicy.WeakPasswordException weak) {
        return switch (weak.kind()) {
            case TOO_SHORT -> in.getTranslation("password.tooShort", PasswordPolicy.MIN_CHARACTERS);
            case TOO_LONG -> in.getTranslation("password.tooLong", PasswordPolicy.MAX_BYTES);
            case TOO_COMMON -> in.getTranslation("password.tooCommon");
        };
    }

    /** What a good password is, under a new-password field. */
    static String hint(Component in) {
        return in.getTranslation("password.hint", PasswordPolicy.MIN_CHARACTERS);
    }
}
