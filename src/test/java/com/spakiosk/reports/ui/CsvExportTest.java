package com.spakiosk.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.reports.Ratio;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    final ReportTable table = new ReportTable("revenue-treatments", "Revenue by treatment", List.of(
            new ReportTable.Column("Treatment", ReportTable.Kind.TEXT),
            new ReportTable.Column("Booked", ReportTable.Kind.MINUTES),
            new ReportTable.Column("Revenue", ReportTable.Kind.MONEY),
            new ReportTable.Column("Share", ReportTable.Kind.PERCENT)),
            List.of(List.of("Massage \"Deluxe\", 60 min\nwith stones", 105L, new BigDecimal("110.00"), new Ratio(1, 6)),
                    List.of("Nothing yet", 0L, new BigDecimal("0.00"), new Ratio(0, 0))), 2);

    static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void quotes_commas_and_line_breaks_survive_a_round_trip_through_a_csv_parser() throws Exception {
        var records = parse(CsvExport.csv(table));
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().get("Treatment")).isEqualTo("Massage \"Deluxe\", 60 min\nwith stones");
    }

    @Test
    void minutes_money_and_shares_are_raw_numbers_with_the_unit_in_the_header() throws Exception {
        var first = parse(CsvExport.csv(table)).getFirst();
        assertThat(first.get("Booked (min)")).isEqualTo("105");
        assertThat(first.get("Revenue")).isEqualTo("110.00");
        assertThat(first.get("Share (%)")).isEqualTo("16.7");
    }

    @Test
    void a_share_of_nothing_is_an_empty_cell_not_zero() throws Exception {
        assertThat(parse(CsvExport.csv(table)).get(1).get("Share (%)")).isEmpty();
    }
}
