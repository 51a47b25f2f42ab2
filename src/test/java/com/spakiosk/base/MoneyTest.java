package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_are_kept_with_the_currency_scale() {
        assertThat(Money.of("48", "EUR").amount().toPlainString()).isEqualTo("48.00");
    }

    @Test
    void adding_is_exact() {
        Money total = Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"));
        assertThat(total).isEqualTo(Money.of("0.30", "EUR"));
    }

    @Test
    void subtracting_is_exact_and_never_goes_below_zero() {
        assertThat(Money.of("36.00", "EUR").minus(Money.of("6.10", "EUR"))).isEqualTo(Money.of("29.90", "EUR"));
        assertThat(Money.of("36.00", "EUR").minus(Money.of("36.00", "EUR")).isZero()).isTrue();
        assertThatThrownBy(() -> Money.of("5.00", "EUR").minus(Money.of("5.01", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currencies_are_never_mixed() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_price_cannot_be_negative() {
        assertThatThrownBy(() -> Money.of("-1", "EUR")).hasMessageContaining("negative");
    }

    @Test
    void fractions_of_a_cent_are_refused() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).hasMessageContaining("decimals");
    }

    @Test
    void amounts_are_formatted_for_the_reader() {
        assertThat(Money.of("48", "EUR").format(Locale.GERMANY)).isEqualTo("48,00\u00a0€");
        assertThat(Money.of("48", "EUR").format(Locale.UK)).isEqualTo("€48.00");
    }
}
