package com.spakiosk.staff;

import java.time.LocalDateTime;

/** Time off as typed, in the spa's local time: from, to, and why. */
public record TimeOffForm(LocalDateTime from, LocalDateTime to, String reason) {
}
