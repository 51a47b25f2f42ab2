package com.spakiosk.screening;

/** A screening question as the editor opens it, at the version the manager will change. */
public record QuestionEdit(long id, long version, boolean active, QuestionForm form) {
}
