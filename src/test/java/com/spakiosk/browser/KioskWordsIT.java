package com.spakiosk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.spakiosk.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Every kiosk screen in German and Russian, in portrait (1080 x 1920) and landscape (1920 x 1080):
 * no label is cut off, neither with "…" nor clipped, and a screenshot of each screen goes to
 * target/screenshots (kiosk-de-…, kiosk-ru-…) for people to read. The kiosk's clock stands on a
 * quiet Monday morning weeks ahead, so that "can start within 30 minutes" and "in 17 minutes" show.
 */
@Import(TestClock.Config.class)
class KioskWordsIT extends BrowserTest {

    static final ZoneId SPA = ZoneId.of("Europe/Berlin");

    /** The words of each language that the walk taps and types into. */
    record Words(String code, String language, String start, String next, String find, String search,
                 String firstName, String phone, String book, String finish) {
    }

    static final Map<String, Words> WORDS = Map.of(
            "de", new Words("de", "Deutsch", "Tippen zum Starten", "Weiter", "Meine Buchung finden", "Suchen",
                    "Vorname", "Handynummer", "Jetzt buchen", "Fertig"),
            "ru", new Words("ru", "Русский", "Нажмите, чтобы начать", "Далее", "Найти мою запись", "Найти",
                    "Имя", "Мобильный телефон", "Записаться", "Готово"));

    /**
     * Visible elements whose text is cut: an ellipsis, content wider or taller than a box that hides its
     * overflow, or text beyond the screen's edge, in the page and in the components' shadow roots (a
     * Vaadin button's label lives there).
     */
    static final String CUT_OFF = """
            () => {
              const cut = [];
              const name = el => (el.getRootNode().host || el).textContent.trim().replace(/\\s+/g, ' ').slice(0, 80);
              const ownText = el => Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
              const labelled = el => ownText(el) || el.matches('[part=label], [part=value], [part=input-field]')
                  || el.querySelector(':scope > slot');
              const check = el => {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || !labelled(el) || !name(el)) return;
                // Hidden on purpose: off screen, transparent, or Vaadin's connection indicator ("Online").
                if (r.left >= window.innerWidth || r.right <= 0) return;
                if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
                if ((el.getRootNode().host || el).closest('vaadin-connection-indicator')) return;
                const cs = getComputedStyle(el);
                if (cs.visibility === 'hidden') return;
                const wide = el.scrollWidth > el.clientWidth + 1, tall = el.scrollHeight > el.clientHeight + 1;
                const hides = v => v !== 'visible';
                if ((wide && (cs.textOverflow === 'ellipsis' || hides(cs.overflowX)))
                    || (tall && hides(cs.overflowY) && cs.overflowY !== 'auto' && cs.overflowY !== 'scroll')
                    || r.right > window.innerWidth + 1 || r.left < -1) {
                  cut.push(el.tagName.toLowerCase() + (el.getAttribute('part') ? '::part(' + el.getAttribute('part') + ')' : '')
                      + ' "' + name(el) + '" ' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight);
                }
              };
              const walk = root => root.querySelectorAll('*').forEach(el => {
                check(el);
                if (el.shadowRoot) walk(el.shadowRoot);
              });
              walk(document);
              return cut;
            }""";

    @Autowired TestClock clock;

    /** Which language and orientation the walk is in, for the screenshots' names. */
    String prefix;
    final List<String> cutOff = new ArrayList<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A Monday morning at 08:58 that no other walk uses (Anna, Lena and Daniel start at 09:00). */
    void mondayMorning(int walk) {
        LocalDate monday = LocalDate.now(SPA).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(8 + walk);
        clock.reset();
        clock.advance(Duration.between(clock.instant(), monday.atTime(LocalTime.of(8, 58)).atZone(SPA).toInstant()));
    }

    /** A screenshot of the screen, and what on it is cut off (collected, so one walk reports every screen). */
    void look(String screen) {
        page.waitForTimeout(300); // Vaadin's overlays and fonts settle
        screenshot("kiosk-" + prefix + "-" + screen);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate(CUT_OFF);
        cut.forEach(c -> cutOff.add(prefix + " " + screen + ": " + c));
    }

    void welcome(Words w) {
        page.navigate(url(""));
        button(w.language()).click();
        assertThat(button(w.start())).isVisible();
    }

    /** A booking from the welcome screen to the code, with extras, a left-out add-on and a review. */
    void book(Words w) {
        welcome(w);
        assertThat(page.locator(".kiosk-soon__item").first()).isVisible();
        look("1-welcome");
        button(w.start()).click();
        assertThat(page.locator(".treatment-card")).hasCount(6);
        look("2-menu");
        page.locator(".treatment-card[data-code=RELAXING_LEGS]").click();
        page.locator(".addon-card[data-code=HOT_STONES]").click();
        page.locator(".addon-card[data-code=AROMATHERAPY]").click();
        page.locator(".addon-card[data-code=FOOT_SOAK]").click();
        look("3-options");
        button(w.next()).click();
        page.locator(".screening-question[data-code=VARICOSE_VEINS] .answer-yes").click();
        page.getByRole(AriaRole.CHECKBOX).check();
        look("4-screening");
        button(w.next()).click();
        assertThat(page.locator(".kiosk-earliest")).isVisible();
        look("5-time");
        page.locator(".kiosk-earliest").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(w.firstName())).fill("Mila");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(w.phone())).fill("0151 2345 6789");
        look("6-details");
        button(w.next()).click();
        assertThat(page.locator(".kiosk-review")).isVisible();
        look("7-review");
        button(w.book()).click();
        assertThat(page.locator(".kiosk-code")).isVisible();
        look("8-done");
        button(w.finish()).click();
    }

    /** The screens off the booking's path: find my booking, not suitable, and no consent. */
    void branches(Words w) {
        welcome(w);
        button(w.find()).click();
        page.locator("vaadin-text-field input").first().fill("ABCDEF");
        page.locator("vaadin-text-field input").nth(1).fill("1234");
        button(w.search()).click();
        assertThat(page.locator(".kiosk-problem")).isVisible();
        look("find");
        welcome(w);
        button(w.start()).click();
        page.locator(".treatment-card[data-code=THERAPEUTIC]").click();
        button(w.next()).click();
        page.locator(".screening-question[data-code=LEG_SKIN] .answer-yes").click();
        page.getByRole(AriaRole.CHECKBOX).check();
        button(w.next()).click();
        assertThat(page.locator(".treatment-card")).hasCount(1);
        look("not-suitable");
        welcome(w);
        button(w.start()).click();
        page.locator(".treatment-card[data-code=RELAXING_FOOT]").click();
        button(w.next()).click();
        page.locator(".screening-question[data-code=VARICOSE_VEINS] .answer-yes").click();
        button(w.next()).click();
        look("no-consent");
    }

    void walk(String language, int width, int height, int walk) {
        Words w = WORDS.get(language);
        prefix = language + (width < height ? "" : "-landscape");
        page.setViewportSize(width, height);
        mondayMorning(walk);
        book(w);
        branches(w);
    }

    @Test
    void no_german_label_is_cut_off_in_portrait_or_landscape() {
        walk("de", 1080, 1920, 0);
        walk("de", 1920, 1080, 1);
        assertThat(cutOff).isEmpty();
    }

    @Test
    void no_russian_label_is_cut_off_in_portrait_or_landscape() {
        walk("ru", 1080, 1920, 2);
        walk("ru", 1920, 1080, 3);
        assertThat(cutOff).isEmpty();
    }

    @Test
    void a_label_longer_than_the_screen_is_wide_wraps_on_more_lines_instead_of_being_cut() {
        prefix = "de";
        mondayMorning(4);
        welcome(WORDS.get("de"));
        var item = page.locator(".kiosk-soon__item").first();
        double oneLine = item.boundingBox().height;
        // Longer than any demo label: what a manager's long treatment name does to the button.
        item.evaluate("b => b.textContent = 'Klassische therapeutische Ganzbeinmassage mit warmen Kräuterstempeln, "
                + "heißen Steinen und einem Fußbad vorab, bei der nächsten freien Fachkraft · 60 Min.'.repeat(2)");
        page.waitForTimeout(200);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate(CUT_OFF);
        assertThat(cut).isEmpty();
        assertThat(item.boundingBox().height).isGreaterThan(oneLine * 1.5);
        assertThat(item.boundingBox().width).isLessThanOrEqualTo(1080);
    }

    @Test
    void the_check_itself_catches_a_label_cut_off_with_an_ellipsis() {
        page.navigate(url(""));
        assertThat(button("Tap to start")).isVisible();
        page.evaluate("() => { const b = document.createElement('vaadin-button');"
                + " b.textContent = 'Klassische therapeutische Massage mit der nächsten freien Fachkraft';"
                + " b.style.width = '200px'; document.body.prepend(b); }");
        page.waitForTimeout(200);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate(CUT_OFF);
        assertThat(cut).anyMatch(c -> c.contains("Klassische therapeutische Massage"));
    }
}
