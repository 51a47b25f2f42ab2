package com.spakiosk.settings;

import com.spakiosk.scheduling.OpeningHours;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The one stored row of {@link SpaSettings}, with its weekday hours and closed dates. */
@Entity
@Table(name = "spa_settings")
class StoredSettings {

    static final int THE_ROW = 1;

    @Id
    private Integer id;
    private int turnoverMinutes;
    private int walkInLeadMinutes;
    private int guestCancelCutoffMinutes;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "spa_opening_hours", joinColumns = @JoinColumn(name = "settings_id"))
    private Set<Hours> hours = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "spa_closed_date", joinColumns = @JoinColumn(name = "settings_id"))
    private Set<Closed> closedDates = new HashSet<>();

    protected StoredSettings() {
    }

    StoredSettings(SpaSettings settings, Instant at, String by) {
        this.id = THE_ROW;
        apply(settings, at, by);
    }

    void apply(SpaSettings settings, Instant at, String by) {
        turnoverMinutes = (int) settings.turnover().toMinutes();
        walkInLeadMinutes = (int) settings.walkInLead().toMinutes();
        guestCancelCutoffMinutes = (int) settings.guestCancelCutoff().toMinutes();
        hours.clear();
        settings.week().forEach((day, h) -> hours.add(new Hours(day.getValue(), h.opens(), h.closes())));
        closedDates.clear();
        settings.closedDates().forEach(c -> closedDates.add(new Closed(c.date(), c.note())));
        updatedAt = at;
        updatedBy = by;
    }

    long getVersion() {
        return version;
    }

    SpaSettings toSettings() {
        Map<DayOfWeek, OpeningHours.Day> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach(h -> week.put(DayOfWeek.of(h.dayOfWeek), new OpeningHours.Day(h.opensAt, h.closesAt)));
        return new SpaSettings(week, closedDates.stream().map(c -> new SpaSettings.ClosedDate(c.closedOn, c.note)).toList(),
                Duration.ofMinutes(turnoverMinutes), Duration.ofMinutes(walkInLeadMinutes),
                Duration.ofMinutes(guestCancelCutoffMinutes), version, updatedAt, updatedBy);
    }

    @Embeddable
    record Hours(@Column(name = "day_of_week") int dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
    }

    @Embeddable
    record Closed(LocalDate closedOn, String note) {
    }
}
