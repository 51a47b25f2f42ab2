package com.spakiosk.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.base.ContactCheck;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guest's details form tells the guest, in their language, when a field holds invisible characters. */
class GuestInputTest extends KaribuTest {

    GuestForm form() {
        var form = new GuestForm(new ContactCheck("DE"));
        UI.getCurrent().add(form);
        return form;
    }

    static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void a_name_with_a_bidi_override_is_refused_with_a_clear_message() {
        var form = form();
        _setValue(field("First name"), "Anna\u202E");
        _setValue(field("E-mail"), "anna@example.org");
        assertThat(form.guest()).isEmpty();
        assertThat(field("First name").isInvalid()).isTrue();
        assertThat(field("First name").getErrorMessage())
                .isEqualTo("This contains invisible or control characters (for example from copying). Please type it again.");
    }

    @Test
    void an_email_address_with_a_nul_character_is_refused_although_it_has_the_shape_of_one() {
        var form = form();
        _setValue(field("First name"), "Anna");
        _setValue(field("E-mail"), "a\u0000@x.de");
        assertThat(form.guest()).isEmpty();
        assertThat(field("E-mail").getErrorMessage()).startsWith("This contains invisible or control characters");
    }

    @Test
    void the_message_is_in_the_guest_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        var form = form();
        _setValue(field("Vorname"), "Anna\u200B");
        _setValue(field("E-Mail"), "anna@example.org");
        assertThat(form.guest()).isEmpty();
        assertThat(field("Vorname").getErrorMessage()).startsWith("Hier sind unsichtbare Steuerzeichen enthalten");
    }

    @Test
    void an_ordinary_name_and_address_make_a_guest() {
        var form = form();
        _setValue(field("First name"), "Zoë");
        _setValue(field("E-mail"), "Zoe@Example.org");
        assertThat(form.guest()).hasValueSatisfying(g -> assertThat(g.email()).isEqualTo("zoe@example.org"));
    }
}
