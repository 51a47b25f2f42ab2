package com.spakiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The accessibility audit of a page: axe-core (from the npm registry, installed by the build into
 * target/axe) with the WCAG 2.0 A/AA, 2.1 AA and 2.2 AA rules and target-size on, and every
 * visible interactive element at least 48 x 48 CSS pixels on the kiosk (a finger on a touch
 * screen), 24 x 24 on staff pages (WCAG 2.2's minimum, for a mouse or a tablet at the counter).
 */
final class Accessibility {

    static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    private Accessibility() {
    }

    static final int KIOSK_TARGET = 48;
    static final int STAFF_TARGET = 24;

    static void audit(Page page, String step) {
        audit(page, step, KIOSK_TARGET);
    }

    static void auditStaffPage(Page page, String step) {
        audit(page, step, STAFF_TARGET);
    }

    private static void audit(Page page, String step, int minimum) {
        if (!Files.exists(AXE)) {
            throw new IllegalStateException("axe-core is missing: run the browser tests with ./mvnw verify");
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                    rules: { 'target-size': { enabled: true } }
                  });
                  return result.violations.map(v => v.id + ' (' + v.impact + '): '
                    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
        assertThat(violations).as("axe violations on %s", step).isEmpty();

        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate("""
                minimum => Array.from(document.querySelectorAll(
                    'vaadin-button, button, a[href], [role=button], vaadin-checkbox, vaadin-radio-button,'
                    + ' vaadin-select, vaadin-text-field, vaadin-email-field, input:not([type=hidden])'))
                  .filter(e => e.offsetParent !== null && !e.closest('[slot=input]') && e.tagName !== 'INPUT'
                    || (e.tagName === 'INPUT' && !e.closest('vaadin-text-field, vaadin-email-field, vaadin-checkbox, vaadin-radio-button, vaadin-select')))
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 0 && (r.width < minimum || r.height < minimum))
                  .map(([e, r]) => (e.tagName.toLowerCase() + '.' + (e.className || '') + ' "'
                    + (e.textContent || '').trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x' + Math.round(r.height)))
                """, minimum);
        assertThat(small).as("targets smaller than %dx%d on %s", minimum, minimum, step).isEmpty();
    }
}
