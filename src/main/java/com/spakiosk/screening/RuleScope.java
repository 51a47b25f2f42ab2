package com.spakiosk.screening;

/** What a contraindication rule applies to. */
public enum RuleScope {
    /** Every treatment and every add-on. */
    EVERYTHING,
    /** One treatment. */
    TREATMENT,
    /** One add-on. */
    ADD_ON,
    /** Every treatment and add-on that works on the named body area. */
    BODY_AREA
}
