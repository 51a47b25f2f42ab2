package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The manager's reports in a real browser: every report drawn, the axe audit, a CSV downloaded. */
class ReportsIT extends BrowserTest {

    @Test
    void a_manager_opens_every_report_passes_the_audit_and_downloads_a_csv() throws Exception {
        page.setViewportSize(1366, 768);
        page.navigate(url("manage/reports"));
        page.waitForURL("**/login");
        signInAsStaff("manager", "manager-demo-pass");
        page.waitForURL("**/manage/reports**");
        assertThat(page.locator("h1")).hasText("Reports");
        assertThat(page.locator(".reports-section")).hasCount(7);
        assertThat(page.locator(".report-block")).hasCount(17);
        assertThat(page.locator(".report-kpi")).hasCount(9);
        // The demo's last weeks: the charts have bars and the heatmap has counts.
        assertThat(page.locator("#report-revenue-treatments .report-chart__bar").first()).isVisible();
        assertThat(page.locator("#report-demand-heatmap .report-heat__count").first()).isVisible();
        Accessibility.auditStaffPage(page, "reports");
        page.setViewportSize(1366, 1500); // the page scrolls inside the layout: a taller window shows more of it
        page.waitForTimeout(300);
        screenshot("reports");
        page.locator("#reports-demand").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("reports-demand.png")));
        page.locator("#reports-screening").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("reports-screening.png")));
        page.setViewportSize(1366, 768);

        Download download = page.waitForDownload(() ->
                page.locator("#report-revenue-treatments .report-csv").click());
        assertThat(download.suggestedFilename()).startsWith("revenue-treatments-").endsWith(".csv");
        try (Reader in = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
            assertThat(records).isNotEmpty();
            assertThat(records).allSatisfy((CSVRecord r) -> assertThat(r.get("Revenue")).matches("\\d+\\.\\d{2}"));
        }
    }
}
