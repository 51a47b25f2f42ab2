package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One recorded change of a therapist: when, who, and what, as short tokens ("plan",
 * "timeOff.add:2026-12-01") that the editor shows in the manager's language.
 */
@Entity
public class TherapistChange extends AbstractEntity {

    static final int SUMMARY_MAX = 500;

    private Long therapistId;
    private Instant changedAt;
    private String changedBy;
    private String summary;

    protected TherapistChange() {
    }

    TherapistChange(long therapistId, Instant changedAt, String changedBy, List<String> what) {
        this.therapistId = therapistId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        String joined = String.join(";", what);
        this.summary = joined.length() > SUMMARY_MAX ? joined.substring(0, SUMMARY_MAX) : joined;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The tokens of what changed: a key, then ":" and a detail where one helps. */
    public List<String> what() {
        return summary.isEmpty() ? List.of() : Arrays.asList(summary.split(";"));
    }
}
