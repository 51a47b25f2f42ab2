package com.spakiosk.reports;

/**
 * How often, in the period, a "yes" to a screening question ruled out a treatment or an add-on
 * the guest had chosen, at the kiosk or the desk. Codes, so that the view can use the menu's words.
 */
public record Refusal(String questionCode, String question, String targetKind, String targetCode, String target,
                      String channel, long refusals) {
}
