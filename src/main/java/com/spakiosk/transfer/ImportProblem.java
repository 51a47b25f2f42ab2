package com.spakiosk.transfer;

import com.spakiosk.menu.FieldProblem;

/**
 * Why a menu document cannot be imported: the item it concerns ("treatment RELAXING_FOOT", empty
 * for the document as a whole) and the problem at one of its fields, in the editors' own words.
 */
public record ImportProblem(ItemKind kind, String code, FieldProblem problem) {

    /** What kind of item a problem concerns. */
    public enum ItemKind { DOCUMENT, TREATMENT, ADD_ON, QUESTION }

    public static ImportProblem ofDocument(String field, String messageKey, Object... args) {
        return new ImportProblem(ItemKind.DOCUMENT, "", FieldProblem.of(field, messageKey, args));
    }
}
