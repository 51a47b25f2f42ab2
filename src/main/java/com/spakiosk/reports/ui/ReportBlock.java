package com.spakiosk.reports.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One report: its title, its chart (SVG drawn on the server), the same figures as a table for
 * screen readers and for reading exact numbers, and a CSV download of the table.
 */
class ReportBlock extends Div {

    private final ReportTable table;

    ReportBlock(ReportTable table, String chartSvg, ReportFormats formats, String fileSuffix) {
        this.table = table;
        addClassName("report-block");
        setId("report-" + table.id());
        var title = new H3(table.title());
        add(title);
        if (table.rows().isEmpty()) {
            add(new Paragraph(getTranslation("reports.empty")));
        } else {
            var chart = new Svg(chartSvg);
            chart.addClassName("report-chart");
            var body = new Div(chart, table(formats));
            body.addClassName("report-block__body");
            add(body);
        }
        DownloadHandler download = event -> {
            event.setFileName(table.id() + "-" + fileSuffix + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            CsvExport.write(table, writer);
            writer.flush();
        };
        var csv = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("reports.csv"));
        csv.addClassName("report-csv");
        csv.getElement().setAttribute("aria-label", getTranslation("reports.csvOf", table.title()));
        add(csv);
    }

    /** The CSV this block downloads, as text (what the download handler streams). */
    String csv() {
        return CsvExport.csv(table);
    }

    ReportTable table() {
        return table;
    }

    private NativeTable table(ReportFormats formats) {
        var html = new NativeTable();
        html.addClassName("report-table");
        var head = new NativeTableRow();
        table.columns().forEach(c -> {
            var cell = new NativeTableHeaderCell(c.header());
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        var header = new NativeTableHeader();
        header.add(head);
        var body = new NativeTableBody();
        for (List<Object> row : table.rows()) {
            var tr = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                ReportTable.Kind kind = table.columns().get(i).kind();
                if (i == 0) {
                    var th = new NativeTableHeaderCell(formats.cell(kind, row.get(i)));
                    th.getElement().setAttribute("scope", "row");
                    tr.add(th);
                } else {
                    var td = new NativeTableCell(formats.cell(kind, row.get(i)));
                    td.addClassName("report-table__number");
                    tr.add(td);
                }
            }
            body.add(tr);
        }
        html.add(header, body);
        return html;
    }
}
