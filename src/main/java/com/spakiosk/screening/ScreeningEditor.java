package com.spakiosk.screening;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.MenuChange;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuHistory;
import com.spakiosk.menu.MenuItem;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTextKeys;
import com.spakiosk.menu.MenuTextStore;
import com.spakiosk.menu.MenuValidation;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's changes to the health screening: questions in three languages, their order and
 * whether the kiosk asks them, and their rules (scope, verdict, reason). The guest's refusal
 * wording is kept where the kiosk reads it ({@code blocked.<QUESTION>} for whole-body and
 * body-area refusals, {@code blocked.<QUESTION>.<CODE>} for one treatment or add-on). Written at
 * the version the manager saw, recorded, and announced to the kiosks like the menu.
 */
@Service
public class ScreeningEditor {

    private final ScreeningQuestionRepository questions;
    private final MenuService menu;
    private final MenuTextStore texts;
    private final MenuHistory history;
    private final ResourceVersion resourceVersion;

    @PersistenceContext
    private EntityManager em;

    ScreeningEditor(ScreeningQuestionRepository questions, MenuService menu, MenuTextStore texts, MenuHistory history,
                    ResourceVersion resourceVersion) {
        this.questions = questions;
        this.menu = menu;
        this.texts = texts;
        this.history = history;
        this.resourceVersion = resourceVersion;
    }

    // ---------------------------------------------------------------- reading

    /** Every question, asked or not, in the kiosk's order, with the languages it lacks words in. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<QuestionRow> questions() {
        Codes codes = codes();
        Map<String, Map<String, String>> all = texts.all();
        return questions.findAllWithRules().stream().map(q -> new QuestionRow(q.getId(), q.getVersion(), q.getCode(),
                q.getQuestion(), q.isActive(), q.getRules().size(), missingLanguages(edit(q, all, codes).form())))
                .toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public QuestionEdit question(long id) {
        return edit(find(id), texts.all(), codes());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuChange> history(long id) {
        return history.of(MenuChange.Kind.QUESTION, id);
    }

    // ---------------------------------------------------------------- writing

    /** Adds a question at the end of the screening; the kiosk asks it from the guest's next screen. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public long create(QuestionForm form) {
        Codes codes = codes();
        refuseIfAny(problems(form, questions.findByCode(strip(form.code())).isPresent(), codes));
        int last = questions.findAll().stream().mapToInt(ScreeningQuestion::getDisplayOrder).max().orElse(0);
        var q = new ScreeningQuestion(strip(form.code()), form.question(MenuLanguages.ENGLISH), form.helpText(), last + 1);
        q.replaceRules(form.rules(), r -> englishReason(form, r));
        questions.saveAndFlush(q);
        writeTexts(q.getCode(), form, codes);
        history.record(MenuChange.Kind.QUESTION, q.getId(), new ItemSnapshot(Map.of()),
                snapshot(edit(q, texts.all(), codes).form(), true, codes));
        resourceVersion.bump();
        return q.getId();
    }

    /** Changes a question's code, words and rules as a whole. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void update(long id, long version, QuestionForm form) {
        Codes codes = codes();
        change(id, version, codes, q -> {
            boolean taken = questions.findByCode(strip(form.code())).filter(other -> !other.equals(q)).isPresent();
            refuseIfAny(problems(form, taken, codes));
            String oldCode = q.getCode();
            if (!oldCode.equals(strip(form.code()))) {
                q.changeCode(strip(form.code()));
                texts.renameOwner("question", oldCode, q.getCode());
                texts.renameOwner("blocked", oldCode, q.getCode());
            }
            q.rephrase(form.question(MenuLanguages.ENGLISH), form.helpText());
            q.replaceRules(form.rules(), r -> englishReason(form, r));
            writeTexts(q.getCode(), form, codes);
        });
    }

    /** Whether the kiosk asks the question. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void setActive(long id, long version, boolean active) {
        change(id, version, codes(), q -> q.setActive(active));
    }

    /** Moves a question one place up (-1) or down (+1) in the order guests read them. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void move(long id, int direction) {
        List<ScreeningQuestion> ordered = new ArrayList<>(questions.findAll().stream()
                .sorted(java.util.Comparator.comparingInt(ScreeningQuestion::getDisplayOrder)).toList());
        int from = ordered.indexOf(find(id));
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        putInOrder(ordered);
    }

    /** Puts the questions in this order (a whole menu imported); questions not named keep their place after them. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void reorder(List<Long> ids) {
        List<ScreeningQuestion> all = questions.findAll().stream()
                .sorted(java.util.Comparator.comparingInt(ScreeningQuestion::getDisplayOrder)).toList();
        Map<Long, ScreeningQuestion> byId = all.stream().collect(Collectors.toMap(ScreeningQuestion::getId, q -> q));
        List<ScreeningQuestion> ordered = new ArrayList<>();
        ids.stream().distinct().map(byId::get).filter(Objects::nonNull).forEach(ordered::add);
        all.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        putInOrder(ordered);
    }

    private void putInOrder(List<ScreeningQuestion> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ScreeningQuestion q = ordered.get(i);
            if (q.getDisplayOrder() != i + 1) {
                history.record(MenuChange.Kind.QUESTION, q.getId(),
                        new ItemSnapshot(Map.of("displayOrder", String.valueOf(q.getDisplayOrder()))),
                        new ItemSnapshot(Map.of("displayOrder", String.valueOf(i + 1))));
                q.setDisplayOrder(i + 1);
            }
        }
        resourceVersion.bump();
    }

    // ---------------------------------------------------------------- the pieces

    private void change(long id, long version, Codes codes, Consumer<ScreeningQuestion> edit) {
        ScreeningQuestion q = questions.findForEdit(id).orElseThrow(ScreeningEditor::gone);
        if (q.getVersion() != version) {
            throw history.stale(MenuChange.Kind.QUESTION, id, "manage.problem.staleQuestion",
                    "manage.problem.staleQuestionUnknown");
        }
        ItemSnapshot before = snapshot(edit(q, texts.all(), codes).form(), q.isActive(), codes);
        edit.accept(q);
        em.lock(q, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        history.record(MenuChange.Kind.QUESTION, id, before, snapshot(edit(q, texts.all(), codes).form(), q.isActive(), codes));
        resourceVersion.bump();
    }

    /** The rules a question must keep, as field problems (the form shows them at the fields). */
    static List<FieldProblem> problems(QuestionForm form, boolean codeTaken, Codes codes) {
        List<FieldProblem> problems = new ArrayList<>(MenuValidation.code(form.code(), codeTaken));
        for (String language : MenuLanguages.ALL) {
            boolean english = language.equals(MenuLanguages.ENGLISH);
            MenuValidation.text(problems, "question." + language, form.question(language),
                    ScreeningQuestion.QUESTION_MAX, english);
            MenuValidation.text(problems, "refusal." + language, form.refusal(language),
                    ContraindicationRule.REASON_MAX, english && form.needsRefusal());
        }
        MenuValidation.text(problems, "helpText", form.helpText(), ScreeningQuestion.HELP_TEXT_MAX, false);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.rules().size(); i++) {
            RuleForm rule = form.rules().get(i);
            String prefix = "rule." + (i + 1) + ".";
            if (rule.scope() == null) {
                problems.add(FieldProblem.of(prefix + "scope", "manage.problem.required"));
                continue;
            }
            boolean targetKnown = switch (rule.scope()) {
                case EVERYTHING -> true;
                case TREATMENT -> rule.treatmentId() != null && codes.treatments().containsKey(rule.treatmentId());
                case ADD_ON -> rule.addOnId() != null && codes.addOns().containsKey(rule.addOnId());
                case BODY_AREA -> rule.bodyArea() != null;
            };
            if (!targetKnown) {
                problems.add(FieldProblem.of(prefix + "target", "manage.problem.required"));
            } else if (!seen.add(targetKey(rule))) {
                problems.add(FieldProblem.of(prefix + "target", "manage.problem.ruleTwice"));
            }
            if (rule.verdict() == null) {
                problems.add(FieldProblem.of(prefix + "verdict", "manage.problem.required"));
            }
            if (!rule.readsQuestionRefusal()) {
                MenuValidation.text(problems, prefix + "reason.en", rule.reason(MenuLanguages.ENGLISH),
                        ContraindicationRule.REASON_MAX, true);
                for (String language : MenuLanguages.TRANSLATED) {
                    MenuValidation.text(problems, prefix + "reason." + language, rule.reason(language),
                            ContraindicationRule.REASON_MAX, false);
                }
            }
        }
        return problems;
    }

    /** The English a rule row stores: its own reason, or the question's refusal wording. */
    private static String englishReason(QuestionForm form, RuleForm rule) {
        return rule.readsQuestionRefusal() ? form.refusal(MenuLanguages.ENGLISH) : rule.reason(MenuLanguages.ENGLISH);
    }

    private void writeTexts(String code, QuestionForm form, Codes codes) {
        texts.removeOwner("blocked", code);
        for (String language : MenuLanguages.TRANSLATED) {
            var locale = MenuLanguages.locale(language);
            texts.put(locale, MenuTextKeys.question(code), form.question(language));
            // The question's refusal is also what a treatment's own refusal falls back to; kept only while read.
            texts.put(locale, MenuTextKeys.blocked(code, null), form.needsRefusal() ? form.refusal(language) : "");
            for (RuleForm rule : form.rules()) {
                if (rule.hasOwnTarget() && rule.verdict() == Verdict.BLOCKED) {
                    texts.put(locale, MenuTextKeys.blocked(code, codes.codeOf(rule)), rule.reason(language));
                }
            }
        }
    }

    private QuestionEdit edit(ScreeningQuestion q, Map<String, Map<String, String>> all, Codes codes) {
        Map<String, String> question = new HashMap<>();
        Map<String, String> refusal = new HashMap<>();
        question.put(MenuLanguages.ENGLISH, q.getQuestion());
        refusal.put(MenuLanguages.ENGLISH, q.getRules().stream()
                .filter(r -> r.getVerdict() == Verdict.BLOCKED && r.getScope() != RuleScope.TREATMENT
                        && r.getScope() != RuleScope.ADD_ON)
                .map(ContraindicationRule::getReason).findFirst().orElse(""));
        for (String language : MenuLanguages.TRANSLATED) {
            Map<String, String> of = all.getOrDefault(language, Map.of());
            question.put(language, of.getOrDefault(MenuTextKeys.question(q.getCode()), ""));
            refusal.put(language, of.getOrDefault(MenuTextKeys.blocked(q.getCode(), null), ""));
        }
        List<RuleForm> rules = q.getRules().stream().map(r -> {
            Map<String, String> reason = new HashMap<>();
            reason.put(MenuLanguages.ENGLISH, r.getReason());
            var form = new RuleForm(r.getScope(), r.getTreatmentId(), r.getAddOnId(), r.getBodyArea(), r.getVerdict(), Map.of());
            if (form.hasOwnTarget() && r.getVerdict() == Verdict.BLOCKED) {
                for (String language : MenuLanguages.TRANSLATED) {
                    Map<String, String> of = all.getOrDefault(language, Map.of());
                    // What the kiosk shows: the target's own words, else the question's.
                    reason.put(language, of.getOrDefault(MenuTextKeys.blocked(q.getCode(), codes.codeOf(form)),
                            of.getOrDefault(MenuTextKeys.blocked(q.getCode(), null), "")));
                }
            }
            return new RuleForm(r.getScope(), r.getTreatmentId(), r.getAddOnId(), r.getBodyArea(), r.getVerdict(), reason);
        }).sorted(java.util.Comparator.comparing((RuleForm r) -> r.scope().ordinal()).thenComparing(ScreeningEditor::targetKey))
                .toList();
        return new QuestionEdit(q.getId(), q.getVersion(), q.isActive(),
                new QuestionForm(q.getCode(), question, q.getHelpText(), refusal, rules));
    }

    /** The languages in which a guest would read English: the question, its refusal, a target's refusal. */
    static Set<String> missingLanguages(QuestionForm form) {
        Set<String> missing = new TreeSet<>();
        for (String language : MenuLanguages.TRANSLATED) {
            boolean lacks = form.question(language).isEmpty()
                    || (form.needsRefusal() && form.refusal(language).isEmpty())
                    || form.rules().stream().anyMatch(r -> r.hasOwnTarget() && r.verdict() == Verdict.BLOCKED
                            && r.reason(language).isEmpty());
            if (lacks) {
                missing.add(language);
            }
        }
        return missing;
    }

    private static ItemSnapshot snapshot(QuestionForm form, boolean active, Codes codes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", form.code());
        fields.put("active", String.valueOf(active));
        fields.put("helpText", form.helpText());
        for (String language : MenuLanguages.ALL) {
            fields.put("question." + language, form.question(language));
            fields.put("refusal." + language, form.needsRefusal() ? form.refusal(language) : "");
        }
        for (RuleForm rule : form.rules()) {
            String reason = rule.readsQuestionRefusal() ? "" : MenuLanguages.ALL.stream().map(rule::reason)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" / "));
            fields.put("rule." + rule.scope().name() + "." + codes.label(rule),
                    rule.verdict() + (reason.isEmpty() ? "" : ": " + reason));
        }
        return new ItemSnapshot(fields);
    }

    private static String targetKey(RuleForm rule) {
        return rule.scope() + ":" + Objects.toString(switch (rule.scope()) {
            case EVERYTHING -> "";
            case TREATMENT -> rule.treatmentId();
            case ADD_ON -> rule.addOnId();
            case BODY_AREA -> rule.bodyArea();
        }, "");
    }

    private Codes codes() {
        return new Codes(menu.allTreatments().stream().collect(Collectors.toMap(MenuItem::id, MenuItem::code)),
                menu.allAddOns().stream().collect(Collectors.toMap(MenuItem::id, MenuItem::code)));
    }

    /** The codes of treatments and add-ons by id, on the menu or not: rules name them by id, texts by code. */
    record Codes(Map<Long, String> treatments, Map<Long, String> addOns) {

        String codeOf(RuleForm rule) {
            return switch (rule.scope()) {
                case TREATMENT -> treatments.getOrDefault(rule.treatmentId(), "");
                case ADD_ON -> addOns.getOrDefault(rule.addOnId(), "");
                default -> null;
            };
        }

        String label(RuleForm rule) {
            return switch (rule.scope()) {
                case EVERYTHING -> "";
                case BODY_AREA -> rule.bodyArea() == null ? "" : rule.bodyArea().name();
                default -> codeOf(rule);
            };
        }
    }

    private ScreeningQuestion find(long id) {
        return questions.findById(id).orElseThrow(ScreeningEditor::gone);
    }

    private static MenuEditException gone() {
        return new MenuEditException(FieldProblem.of("", "manage.problem.gone"));
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new MenuEditException(problems);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
