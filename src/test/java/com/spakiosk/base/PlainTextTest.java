package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Anna", "Jürgen", "Ольга", "Zoë-Marie O'Neil", "李", "anna.k@example.org", "Emma 😊"})
    void names_in_any_script_and_ordinary_addresses_are_plain(String text) {
        assertThat(PlainText.isPlain(text)).isTrue();
        assertThat(Require.plainText(text, 60, "First name")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "a\u007Fb", "a\u0085b", "Anna\u202E", "\u202Agpj", "a\u202Cb",
            "a\u202Db", "a\u2066b", "a\u2067b", "a\u2068b", "a\u2069b", "a\u200Bb", "a\u200Cb", "a\u200Db", "\uFEFFAnna",
            "a\u00ADb", "a\u2060b", "a\u2028b", "a\u2029b", "a\uD800b"})
    void control_bidi_zero_width_and_separator_characters_are_refused_with_the_field_named(String text) {
        assertThat(PlainText.isPlain(text)).isFalse();
        assertThatThrownBy(() -> Require.plainText(text, 60, "First name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First name must not contain control or invisible formatting characters");
    }
}
