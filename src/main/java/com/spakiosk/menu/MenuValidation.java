package com.spakiosk.menu;

import com.spakiosk.base.Money;
import com.spakiosk.base.PlainText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a manager's entry must keep, as field problems (no framework, no database): the
 * editor shows them at the fields, and the service refuses the same entry for the same reasons.
 */
public final class MenuValidation {

    /** Capitals, digits and underscores, starting with a letter: codes appear in keys and exports. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private MenuValidation() {
    }

    public static List<FieldProblem> code(String code, boolean taken) {
        return code("code", code, taken, "manage.problem.codeTaken");
    }

    /** A code at {@code field}; {@code takenKey} says what else has it ("another add-on", "another oil"). */
    public static List<FieldProblem> code(String field, String code, boolean taken, String takenKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(FieldProblem.of(field, "manage.problem.required"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            problems.add(FieldProblem.of(field, "manage.problem.codeFormat"));
        } else if (taken) {
            problems.add(FieldProblem.of(field, takenKey));
        }
        return problems;
    }

    public static List<FieldProblem> treatment(TreatmentForm form, boolean codeTaken) {
        List<FieldProblem> problems = new ArrayList<>(code(form.code(), codeTaken));
        if (form.category() == null) {
            problems.add(FieldProblem.of("category", "manage.problem.required"));
        }
        for (String language : MenuLanguages.ALL) {
            TreatmentForm.Texts t = form.texts(language);
            boolean english = language.equals(MenuLanguages.ENGLISH);
            text(problems, "name." + language, t.name(), Treatment.NAME_MAX, english);
            text(problems, "summary." + language, t.summary(), Treatment.SUMMARY_MAX, english);
            text(problems, "description." + language, t.description(), Treatment.DESCRIPTION_MAX, english);
            text(problems, "helpsWith." + language, t.helpsWith(), Treatment.HELPS_WITH_MAX, false);
        }
        if (form.bodyAreas().isEmpty()) {
            problems.add(FieldProblem.of("bodyAreas", "manage.problem.bodyAreas"));
        }
        return problems;
    }

    /** A protocol's steps: each with the guest's position, and a title and instruction (English required). */
    public static List<FieldProblem> steps(List<StepForm> steps) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepForm step = steps.get(i);
            String prefix = "step." + (i + 1) + ".";
            if (step.position() == null) {
                problems.add(FieldProblem.of(prefix + "position", "manage.problem.required"));
            }
            for (String language : MenuLanguages.ALL) {
                boolean english = language.equals(MenuLanguages.ENGLISH);
                text(problems, prefix + "title." + language, step.texts(language).title(), ProtocolStep.TITLE_MAX,
                        english);
                text(problems, prefix + "instruction." + language, step.texts(language).instruction(),
                        ProtocolStep.INSTRUCTION_MAX, english);
            }
        }
        return problems;
    }

    /** A duration on the booking grid (whole steps of it) within what a session may last. */
    public static List<FieldProblem> minutes(int minutes, Duration grid, Set<Integer> existing) {
        long step = Math.max(1, grid.toMinutes());
        if (minutes < TreatmentVariant.MIN_MINUTES || minutes > TreatmentVariant.MAX_MINUTES || minutes % step != 0) {
            return List.of(FieldProblem.of("variant.minutes", "manage.problem.minutesGrid", step,
                    TreatmentVariant.MIN_MINUTES, TreatmentVariant.MAX_MINUTES));
        }
        if (existing.contains(minutes)) {
            return List.of(FieldProblem.of("variant.minutes", "manage.problem.minutesTaken", minutes));
        }
        return List.of();
    }

    /** A price above zero in the spa's currency, with no more decimals than it has. */
    public static List<FieldProblem> price(String field, BigDecimal amount, Currency currency) {
        if (amount == null) {
            return List.of(FieldProblem.of(field, "manage.problem.required"));
        }
        if (amount.signum() <= 0) {
            return List.of(FieldProblem.of(field, "manage.problem.pricePositive"));
        }
        try {
            new Money(amount, currency);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(FieldProblem.of(field, "manage.problem.priceFormat", Money.MAX_AMOUNT));
        }
    }

    public static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "manage.problem.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "manage.problem.tooLong", max));
        } else if (!PlainText.isPlainParagraphs(value.strip())) {
            problems.add(FieldProblem.of(field, "manage.problem.plainText"));
        }
    }
}
