package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountNameTest {

    @Test
    void a_display_name_with_a_bidi_override_is_refused() {
        assertThatThrownBy(() -> new StaffAccount("anna", "Anna\u202Eyks", "$2a$hash", Set.of(StaffRole.FRONT_DESK),
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Name must not contain control or invisible formatting characters");
    }

    @Test
    void an_ordinary_display_name_is_kept() {
        assertThat(new StaffAccount("anna", "Anna Keller-Müller", "$2a$hash", Set.of(StaffRole.FRONT_DESK),
                Instant.EPOCH).getDisplayName()).isEqualTo("Anna Keller-Müller");
    }
}
