package com.spakiosk.screening.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.screening.QuestionRow;
import com.spakiosk.screening.ScreeningEditor;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's screening pages clicked through: the list, a question with its rules, the preview. */
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class ScreeningViewsTest extends KaribuTest {

    @Autowired ScreeningEditor editor;
    @Autowired ScreeningService screening;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_list_shows_the_questions_in_the_order_the_kiosk_asks_them() {
        UI.getCurrent().navigate(ScreeningView.class);
        @SuppressWarnings("unchecked")
        Grid<QuestionRow> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems().filter(QuestionRow::active).map(QuestionRow::code).toList())
                .isEqualTo(screening.activeQuestions().stream().map(ScreeningQuestion::getCode).toList());
    }

    @Test
    void the_preview_shows_a_german_guest_the_kiosks_words_for_a_thrombosis_and_names_what_refuses_everything() {
        UI.getCurrent().navigate(ScreeningPreviewView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("manage-problem")).getFirst().getText())
                .contains("Have you ever had a blood clot");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Language"));
        _setValue(language, "de");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ScreeningQuestion> answers = _get(CheckboxGroup.class, spec -> spec.withLabel("Answered with Yes"));
        _setValue(answers, Set.of(screening.activeQuestions().stream()
                .filter(q -> q.getCode().equals("THROMBOSIS")).findFirst().orElseThrow()));

        var lines = _find(ListItem.class, spec -> spec.withClasses("manage-preview__line"));
        assertThat(lines).isNotEmpty().allSatisfy(line ->
                assertThat(_find(line, Paragraph.class)).extracting(Paragraph::getText)
                        .contains("Bei einer Thrombose ist eine Beinmassage nicht ratsam."));
    }

    @Test
    void a_manager_adds_a_question_with_a_refusal_and_a_missing_refusal_is_shown_at_its_field() {
        long before = jdbc.queryForObject("select count(*) from screening_question", Long.class);
        String code = "SUNBURN_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        UI.getCurrent().navigate(QuestionEditorView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Question")).getFirst(), "Do you have a sunburn?");
        _click(_get(Button.class, spec -> spec.withText("Add rule")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var refusal = _find(TextArea.class, spec -> spec.withLabel(
                "When a Yes rules out everything or a body area, the guest reads")).getFirst();
        assertThat(refusal.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(jdbc.queryForObject("select count(*) from screening_question", Long.class)).isEqualTo(before);

        _setValue(refusal, "Please come back when your skin has healed.");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var row = editor.questions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        try {
            assertThat(row.rules()).isEqualTo(1);
            assertThat(row.missingLanguages()).containsExactlyInAnyOrder("de", "ru");
            assertThat(_find(Button.class, spec -> spec.withText("Stop asking"))).hasSize(1);
        } finally {
            editor.setActive(row.id(), row.version(), false);
        }
    }
}
