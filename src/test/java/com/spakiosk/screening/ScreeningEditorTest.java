package com.spakiosk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The manager's screening editor and its preview: the preview's verdicts are the kiosk's, edits
 * reach what guests read, and refused edits write nothing. Demo questions are put back afterwards.
 */
@SpringTest
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class ScreeningEditorTest {

    @Autowired ScreeningEditor editor;
    @Autowired ScreeningService screening;
    @Autowired ScreeningAdvice advice;
    @Autowired MenuService menu;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    private final List<Runnable> putBack = new ArrayList<>();

    @AfterEach
    void putTheDemoScreeningBack() {
        putBack.reversed().forEach(Runnable::run);
    }

    QuestionRow row(String code) {
        return editor.questions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    void restoreLater(String code) {
        long id = row(code).id();
        QuestionEdit original = editor.question(id);
        putBack.add(() -> {
            QuestionEdit now = editor.question(id);
            editor.update(id, now.version(), original.form());
            if (now.active() != original.active()) {
                editor.setActive(id, editor.question(id).version(), original.active());
            }
        });
    }

    @Test
    void the_preview_gives_every_treatment_and_add_on_the_verdict_the_kiosk_gives_for_every_demo_question() {
        var active = menu.active();
        var targets = ScreeningPreview.targets(active);
        for (ScreeningQuestion q : screening.activeQuestions()) {
            var lines = ScreeningPreview.of(screening.activeRules(), Set.of(q.getCode()), targets);
            for (MenuTreatment t : active.treatments()) {
                var kiosk = advice.advise(t.id(), List.of(), Set.of(q.getCode()));
                var line = lines.stream().filter(l -> l.target().equals(ScreeningPreview.target(t))).findFirst().orElseThrow();
                assertThat(line.verdict() == Verdict.BLOCKED).as(q.getCode() + " / " + t.code())
                        .isEqualTo(kiosk.isTreatmentBlocked());
                assertThat(line.findings().stream().filter(f -> f.verdict() == Verdict.BLOCKED).map(f -> f.reason())
                        .distinct().toList()).as(q.getCode() + " / " + t.code())
                        .isEqualTo(kiosk.treatmentBlocked().stream().map(ScreeningAdvice.Reason::text).toList());
                if (!kiosk.isTreatmentBlocked()) {
                    assertThat(line.verdict() == Verdict.REVIEW).isEqualTo(kiosk.needsReview());
                }
                for (var addOn : active.addOns().stream().filter(a -> a.goesWith(t.id())).toList()) {
                    var withAddOn = advice.advise(t.id(), List.of(addOn.id()), Set.of(q.getCode()));
                    var addOnLine = lines.stream().filter(l -> l.target().equals(ScreeningPreview.target(addOn)))
                            .findFirst().orElseThrow();
                    assertThat(addOnLine.verdict() == Verdict.BLOCKED).as(q.getCode() + " / " + addOn.code())
                            .isEqualTo(withAddOn.blockedAddOns().containsKey(addOn.id()));
                }
            }
        }
    }

    @Test
    void the_questions_whose_yes_alone_rules_out_every_treatment_are_named() {
        var codes = screening.activeQuestions().stream().map(ScreeningQuestion::getCode).toList();
        var blocking = ScreeningPreview.blockingEverything(screening.activeRules(), codes,
                ScreeningPreview.targets(menu.active()));
        assertThat(blocking).contains("THROMBOSIS", "CANCER_TREATMENT").doesNotContain("PREGNANCY", "OIL_ALLERGY");
    }

    @Test
    void a_new_german_refusal_is_what_a_german_guest_reads() {
        restoreLater("THROMBOSIS");
        var edit = editor.question(row("THROMBOSIS").id());
        var refusal = new java.util.HashMap<>(edit.form().refusal());
        refusal.put("de", "Mit einer Thrombose massieren wir die Beine nicht. Bitte sprechen Sie mit Ihrem Arzt.");
        var form = new QuestionForm(edit.form().code(), edit.form().question(), edit.form().helpText(), refusal,
                edit.form().rules());

        editor.update(edit.id(), edit.version(), form);

        assertThat(menu.content(Locale.GERMAN).blockedReason("THROMBOSIS", "RELAXING_FOOT", "x"))
                .isEqualTo("Mit einer Thrombose massieren wir die Beine nicht. Bitte sprechen Sie mit Ihrem Arzt.");
        assertThat(editor.history(edit.id()).getFirst().changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("refusal.de"));
    }

    @Test
    void a_new_question_refusing_one_treatment_reaches_the_kiosk_and_stops_when_the_question_is_no_longer_asked() {
        long lymphatic = ids.treatment("LYMPHATIC").id();
        String code = "SUNBURN_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        long id = editor.create(new QuestionForm(code, Map.of("en", "Do you have a sunburn on your legs?",
                "de", "Haben Sie einen Sonnenbrand an den Beinen?"), "", Map.of(), List.of(
                new RuleForm(RuleScope.TREATMENT, lymphatic, null, null, Verdict.BLOCKED,
                        Map.of("en", "Not with sunburnt skin.", "de", "Nicht bei Sonnenbrand.")))));
        try {
            assertThat(advice.advise(lymphatic, List.of(), Set.of(code)).isTreatmentBlocked()).isTrue();
            assertThat(menu.content(Locale.GERMAN).blockedReason(code, "LYMPHATIC", "x")).isEqualTo("Nicht bei Sonnenbrand.");
            assertThat(row(code).missingLanguages()).containsExactly("ru");
        } finally {
            editor.setActive(id, editor.question(id).version(), false);
        }
        assertThat(advice.advise(lymphatic, List.of(), Set.of(code)).isTreatmentBlocked()).isFalse();
    }

    @Test
    void an_empty_question_a_rule_without_target_and_a_rule_given_twice_are_refused_and_nothing_is_written() {
        long before = jdbc.queryForObject("select count(*) from screening_question", Long.class);
        var rule = new RuleForm(RuleScope.BODY_AREA, null, null, BodyArea.CALF, Verdict.BLOCKED, Map.of());
        var form = new QuestionForm("LEG_SKIN", Map.of("en", " "), "", Map.of(), List.of(
                new RuleForm(RuleScope.TREATMENT, null, null, null, Verdict.BLOCKED, Map.of("en", "No.")), rule, rule));

        assertThatThrownBy(() -> editor.create(form)).isInstanceOfSatisfying(MenuEditException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                        "code", "question.en", "refusal.en", "rule.1.target", "rule.3.target"));
        assertThat(jdbc.queryForObject("select count(*) from screening_question", Long.class)).isEqualTo(before);
    }

    @Test
    void an_edit_on_an_old_copy_is_refused_naming_who_changed_the_question_first() {
        restoreLater("VARICOSE_VEINS");
        var copy = editor.question(row("VARICOSE_VEINS").id());
        editor.update(copy.id(), copy.version(), new QuestionForm(copy.form().code(), copy.form().question(),
                "Veins near the surface bruise easily.", copy.form().refusal(), copy.form().rules()));

        assertThatThrownBy(() -> editor.update(copy.id(), copy.version(), copy.form()))
                .isInstanceOfSatisfying(MenuEditException.class, e ->
                        assertThat(e.problems().getFirst().args()).first().isEqualTo("mia.manager"));
        assertThat(editor.question(copy.id()).form().helpText()).isEqualTo("Veins near the surface bruise easily.");
    }

    @Test
    void opening_and_saving_a_demo_question_unchanged_changes_nothing_a_guest_reads() {
        restoreLater("BLOOD_THINNERS");
        var de = menu.content(Locale.GERMAN);
        String before = de.blockedReason("BLOOD_THINNERS", "THERAPEUTIC", "x");
        var edit = editor.question(row("BLOOD_THINNERS").id());

        editor.update(edit.id(), edit.version(), edit.form());

        assertThat(menu.content(Locale.GERMAN).blockedReason("BLOOD_THINNERS", "THERAPEUTIC", "x")).isEqualTo(before);
        assertThat(screening.activeRules()).filteredOn(r -> r.questionCode().equals("BLOOD_THINNERS")).hasSize(3);
    }
}
