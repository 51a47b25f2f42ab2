package com.spakiosk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.spakiosk.TestProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests in Debian's real Chromium (headless) against the whole application on a
 * random port. They run under failsafe after {@code package}, so Vaadin serves the production
 * bundle, in a JVM of their own (STACK.md). Screenshots go to target/screenshots for people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    /** Content-Security-Policy violations seen in this test: any one fails it (issue 7, point 10). */
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium");
        }
        playwright = Playwright.create();
        browser = chromium(playwright);
    }

    /** Debian's Chromium, headless, with the switches it needs on these machines (STACK.md). */
    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1080, 1920).setLocale("en-GB"));
        recordCspViolations();
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add("console: " + message.text());
            }
        });
        page.setDefaultTimeout(20_000);
    }

    /** Every page of the context reports each violation event to the test, across navigations. */
    private void recordCspViolations() {
        context.exposeFunction("__spaCspViolation", args -> {
            cspViolations.add(String.valueOf(args[0]));
            return null;
        });
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "window.__spaCspViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile "
                + "+ ':' + e.lineNumber));");
    }

    @AfterEach
    void closePage() {
        context.close();
        if (!cspViolations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + cspViolations);
        }
    }

    /** Opens the desk on a 1366 x 768 laptop screen, signed in as the demo's front desk. */
    void signInAtTheDeskOnALaptop() {
        page.setViewportSize(1366, 768);
        page.navigate(url("desk"));
        page.waitForURL("**/login");
        signInAsStaff("desk", "desk-demo-pass");
        page.waitForURL("**/desk**");
    }

    /** Signs a staff member in through the real login form (the page must show it). */
    void signInAsStaff(String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')").first().click();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
