package com.spakiosk.booking;

/** How a guest paid at checkout: the till counts takings by these. */
public enum PaymentMethod {
    CASH, CARD, VOUCHER
}
