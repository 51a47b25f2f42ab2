package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ContactCheckTest {

    final ContactCheck check = new ContactCheck("DE");

    @Test
    void a_local_german_mobile_number_is_normalised_to_e164() {
        assertThat(check.phone("0151 2345 6789")).contains("+4915123456789");
    }

    @Test
    void an_international_number_keeps_its_country() {
        assertThat(check.phone("+44 20 7946 0958")).contains("+442079460958");
    }

    @Test
    void letters_too_few_digits_and_nonsense_are_refused() {
        assertThat(check.phone("hello")).isEmpty();
        assertThat(check.phone("123")).isEmpty();
        assertThat(check.phone("")).isEmpty();
        assertThat(check.phone(null)).isEmpty();
    }

    @Test
    void an_email_is_trimmed_and_lower_cased_and_a_broken_one_refused() {
        assertThat(check.email("  Anna@Example.org ")).contains("anna@example.org");
        assertThat(check.email("anna@example")).isEmpty();
        assertThat(check.email("anna example.org")).isEmpty();
    }

    @Test
    void the_second_factor_is_the_last_four_digits() {
        assertThat(ContactCheck.lastFour("+4915123456789")).isEqualTo("6789");
    }

    @Test
    void the_qr_code_decodes_back_to_the_booking_code() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(QrCode.png("K7MQ2X", 240)));
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(result.getText()).isEqualTo("K7MQ2X");
    }
}
