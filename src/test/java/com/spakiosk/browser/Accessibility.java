package com.spakiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The accessibility audit of a kiosk page: axe-core (from the npm registry, installed by the
 * build into target/axe) with the WCAG 2.0 A/AA, 2.1 AA and 2.2 AA rules and target-size on,
 * and every visible interactive element at least 48 x 48 CSS pixels.
 */
final class Accessibility {

    static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    private Accessibility() {
    }

    static void audit(Page page, String step) {
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
                () => Array.from(document.querySelectorAll(
                    'vaadin-button, button, a[href], [role=button], vaadin-checkbox, vaadin-radio-button,'
                    + ' vaadin-select, vaadin-text-field, vaadin-email-field, input:not([type=hidden])'))
                  .filter(e => e.offsetParent !== null && !e.closest('[slot=input]') && e.tagName !== 'INPUT'
                    || (e.tagName === 'INPUT' && !e.closest('vaadin-text-field, vaadin-email-field, vaadin-checkbox, vaadin-radio-button, vaadin-select')))
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 0 && (r.width < 48 || r.height < 48))
                  .map(([e, r]) => (e.tagName.toLowerCase() + '.' + (e.className || '') + ' "'
                    + (e.textContent || '').trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x' + Math.round(r.height)))
                """);
        assertThat(small).as("targets smaller than 48x48 on %s", step).isEmpty();
    }
}
