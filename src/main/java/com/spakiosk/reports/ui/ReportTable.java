package com.spakiosk.reports.ui;

import com.spakiosk.reports.Ratio;
import java.math.BigDecimal;
import java.util.List;

/**
 * One report as rows and columns, words already in the manager's language: the view shows it as a
 * table beside its chart, and the CSV export writes the same rows (raw numbers, no formatting).
 *
 * @param id        a stable name: the section's id and the CSV file's name
 * @param barColumn the column the chart draws, labelled by the first column
 */
record ReportTable(String id, String title, List<Column> columns, List<List<Object>> rows, int barColumn) {

    /** How a column's values read: text, a count, minutes (shown in hours), money, or a share. */
    enum Kind { TEXT, COUNT, MINUTES, MONEY, PERCENT }

    record Column(String header, Kind kind) {
    }

    ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The number the chart draws for a row: a share in percent, minutes in hours, money as is. */
    double barValue(List<Object> row) {
        return switch (row.get(barColumn)) {
            case Ratio r -> r.percent();
            case Long n when columns.get(barColumn).kind() == Kind.MINUTES -> n / 60.0;
            case Long n -> n;
            case BigDecimal amount -> amount.doubleValue();
            case null, default -> 0;
        };
    }

    /** A value as the CSV writes it: minutes and counts as integers, money plain, a share in percent (empty when undefined). */
    static String raw(Object value) {
        return switch (value) {
            case null -> "";
            case Ratio r -> r.isDefined() ? String.valueOf(r.percent()) : "";
            case BigDecimal amount -> amount.toPlainString();
            default -> value.toString();
        };
    }
}
