package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReferenceCodeTest {

    @Test
    void codes_have_six_characters_without_look_alikes() {
        var codes = new ReferenceCode(new Random(1));
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I");
            assertThat(ReferenceCode.isWellFormed(code)).isTrue();
        }
    }

    @Test
    void ten_thousand_codes_rarely_repeat() {
        var codes = new ReferenceCode(new Random(2));
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(codes.next());
        }
        assertThat(seen.size()).isGreaterThan(9_990);
    }

    @Test
    void a_code_with_a_zero_or_the_wrong_length_is_not_well_formed() {
        assertThat(ReferenceCode.isWellFormed("AB0CDE")).isFalse();
        assertThat(ReferenceCode.isWellFormed("ABCDE")).isFalse();
        assertThat(ReferenceCode.isWellFormed(null)).isFalse();
    }
}
