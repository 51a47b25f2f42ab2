package com.spakiosk.desk.ui;

import com.spakiosk.base.Money;
import com.spakiosk.booking.Booking;
import com.spakiosk.booking.PaymentMethod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checkout at the end of a session: how the guest paid, any discount with its reason, and what
 * is left to pay, updated as the clerk types. It checks what it can before asking the booking
 * service (which checks again) and keeps its values across a refusal.
 */
class CheckoutForm extends Div {

    /** What the clerk entered, ready for the booking service. */
    record Entry(PaymentMethod method, Money discount, String discountReason) {
    }

    private final RadioButtonGroup<PaymentMethod> method = new RadioButtonGroup<>();
    private final BigDecimalField discount = new BigDecimalField();
    private final TextField discountReason = new TextField();
    private final Paragraph toPay = new Paragraph();
    private final Locale locale;
    private Money price;

    CheckoutForm(Locale locale, Runnable onCheckout) {
        this.locale = locale;
        addClassName("desk-panel__checkout");
        method.setLabel(getTranslation("desk.checkout.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("desk.payment." + m.name()));
        discount.setLabel(getTranslation("desk.checkout.discount"));
        discount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        discount.addValueChangeListener(e -> showToPay());
        discountReason.setLabel(getTranslation("desk.checkout.discountReason"));
        discountReason.setMaxLength(Booking.REASON_MAX);
        discountReason.setWidthFull();
        toPay.addClassName("desk-panel__to-pay");
        var complete = new Button(getTranslation("desk.checkout.complete"), e -> onCheckout.run());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(method, discount, discountReason, toPay, complete);
    }

    /** Shows the checkout for a booking at this price; what the clerk entered stays. */
    void show(Money price) {
        this.price = price;
        showToPay();
    }

    private void showToPay() {
        String text;
        try {
            text = getTranslation("desk.checkout.toPay", price.minus(discountOrZero()).format(locale));
        } catch (IllegalArgumentException e) {
            text = getTranslation("desk.checkout.badDiscount");
        }
        toPay.setText(text);
    }

    private Money discountOrZero() {
        BigDecimal value = discount.getValue();
        return value == null ? Money.zero(price.currency()) : new Money(value, price.currency());
    }

    /** The entry, or empty after telling the clerk what is missing. */
    Optional<Entry> entry(Consumer<String> onProblem) {
        if (method.getValue() == null) {
            onProblem.accept(getTranslation("desk.checkout.noMethod"));
            return Optional.empty();
        }
        Money off;
        try {
            off = discountOrZero();
            price.minus(off);
        } catch (IllegalArgumentException e) {
            onProblem.accept(getTranslation("desk.checkout.badDiscount"));
            return Optional.empty();
        }
        if (!off.isZero() && discountReason.getValue().isBlank()) {
            onProblem.accept(getTranslation("desk.checkout.noReason"));
            return Optional.empty();
        }
        return Optional.of(new Entry(method.getValue(), off, discountReason.getValue()));
    }

    /** Paid: the next checkout starts afresh. */
    void reset() {
        method.clear();
        discount.clear();
        discountReason.clear();
    }
}
