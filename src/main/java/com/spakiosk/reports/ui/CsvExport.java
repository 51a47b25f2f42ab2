package com.spakiosk.reports.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV (RFC 4180, quoting by Apache Commons CSV): the headers in the manager's language,
 * then the raw figures (minutes, counts, plain amounts, shares in percent), so a spreadsheet can
 * compute with them. Pure: the view streams it through a download handler.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(ReportTable table, Writer out) throws IOException {
        var format = CSVFormat.RFC4180.builder()
                .setHeader(table.columns().stream().map(c -> header(c)).toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(ReportTable::raw).toList());
            }
        }
    }

    static String csv(ReportTable table) {
        var out = new StringWriter();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Minutes and shares say their unit in the header, since the cells hold bare numbers. */
    private static String header(ReportTable.Column column) {
        return switch (column.kind()) {
            case MINUTES -> column.header() + " (min)";
            case PERCENT -> column.header() + " (%)";
            default -> column.header();
        };
    }
}
