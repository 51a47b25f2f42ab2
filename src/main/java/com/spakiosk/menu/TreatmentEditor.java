package com.spakiosk.menu;

import com.spakiosk.base.Money;
import com.spakiosk.base.ResourceVersion;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's changes to treatments: words in three languages, kind, body areas, kiosk order
 * and visibility, durations and prices, the protocol. Every change is validated here as well as
 * in the form, written at the version the manager saw (else refused, naming who changed it
 * first), recorded in the item's history and announced through the resource version, so open
 * kiosks show it on their next screen. Bookings keep the price, minutes and add-ons they were
 * made with; a change that leaves coming bookings behind asks what to do with them.
 */
@Service
public class TreatmentEditor {

    private final TreatmentRepository treatments;
    private final MenuTextStore texts;
    private final MenuHistory history;
    private final ResourceVersion resourceVersion;
    private final FutureBookings futureBookings;
    private final SpaProperties spa;
    private final Duration grid;

    @PersistenceContext
    private EntityManager em;

    TreatmentEditor(TreatmentRepository treatments, MenuTextStore texts, MenuHistory history,
                    ResourceVersion resourceVersion, FutureBookings futureBookings, SpaProperties spa,
                    @Value("${spa.booking.grid:15m}") Duration grid) {
        this.treatments = treatments;
        this.texts = texts;
        this.history = history;
        this.resourceVersion = resourceVersion;
        this.futureBookings = futureBookings;
        this.spa = spa;
        this.grid = grid;
    }

    // ---------------------------------------------------------------- reading

    /** Every treatment, on the menu or not, in the kiosk's order, with the languages it lacks words in. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<TreatmentRow> treatments() {
        Map<String, Map<String, String>> all = texts.all();
        return treatments.findAllByOrderByDisplayOrderAscNameAsc().stream().map(t -> new TreatmentRow(t.getId(),
                t.getVersion(), t.getCode(), t.getCategory(), t.getName(), t.isActive(), t.isKioskVisible(),
                t.getVariants().stream().filter(TreatmentVariant::isActive).map(TreatmentVariant::getDurationMinutes).toList(),
                missingLanguages(edit(t, all)))).toList();
    }

    /** A treatment as the editor opens it. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public TreatmentEdit treatment(long id) {
        return edit(find(id), texts.all());
    }

    /**
     * The treatment as a kiosk card shows it (its offered durations), on the menu or not; empty
     * while it has no duration to offer.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public java.util.Optional<MenuTreatment> preview(long id) {
        MenuTreatment card = MenuTreatment.of(find(id));
        return card.variants().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(card);
    }

    /** The booking grid's step: durations are whole steps of it. */
    @RolesAllowed(Roles.MANAGER)
    public Duration grid() {
        return grid;
    }

    /** The changes recorded for a treatment, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuChange> history(long id) {
        return history.of(MenuChange.Kind.TREATMENT, id);
    }

    /** The coming bookings that taking the treatment off the menu would leave behind. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<FutureBookings.Affected> affectedByDeactivating(long id) {
        return futureBookings.ofTreatment(id);
    }

    /** The coming bookings of a duration that retiring it would leave behind. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<FutureBookings.Affected> affectedByRetiring(long variantId) {
        return futureBookings.ofVariant(variantId);
    }

    // ---------------------------------------------------------------- writing

    /** Adds a treatment at the end of the menu; it reaches guests once it has a duration. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public long create(TreatmentForm form) {
        refuseIfAny(MenuValidation.treatment(form, treatments.findByCode(strip(form.code())).isPresent()));
        TreatmentForm.Texts en = form.texts(MenuLanguages.ENGLISH);
        int last = treatments.findAllByOrderByDisplayOrderAscNameAsc().stream().mapToInt(Treatment::getDisplayOrder)
                .max().orElse(0);
        var t = new Treatment(strip(form.code()), form.category(), en.name(), en.summary(), en.description(),
                en.helpsWith(), form.bodyAreas(), last + 1);
        t.setKioskVisible(form.kioskVisible());
        // A new treatment waits for its first duration before guests see it; it is active so that it can.
        treatments.saveAndFlush(t);
        writeTexts(t.getCode(), form);
        record(t.getId(), new ItemSnapshot(Map.of()), snapshot(t));
        resourceVersion.bump();
        return t.getId();
    }

    /** Changes a treatment's code, kind, words, body areas and kiosk visibility. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void update(long id, long version, TreatmentForm form) {
        change(id, version, t -> {
            boolean taken = treatments.findByCode(strip(form.code())).filter(other -> !other.equals(t)).isPresent();
            refuseIfAny(MenuValidation.treatment(form, taken));
            String oldCode = t.getCode();
            TreatmentForm.Texts en = form.texts(MenuLanguages.ENGLISH);
            if (!oldCode.equals(strip(form.code()))) {
                t.changeCode(strip(form.code()));
                texts.renameOwner("treatment", oldCode, t.getCode());
                texts.renameOwner("step", oldCode, t.getCode());
                texts.renameTarget(oldCode, t.getCode());
            }
            t.changeCategory(form.category());
            t.rename(en.name(), en.summary(), en.description(), en.helpsWith());
            t.setBodyAreas(form.bodyAreas());
            t.setKioskVisible(form.kioskVisible());
            writeTexts(t.getCode(), form);
        });
    }

    /** Moves a treatment one place up (-1) or down (+1) in the kiosk's order. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void move(long id, int direction) {
        List<Treatment> ordered = new ArrayList<>(treatments.findAllByOrderByDisplayOrderAscNameAsc());
        int from = ordered.indexOf(find(id));
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        reorder(ordered.stream().map(Treatment::getId).toList());
    }

    /** Puts the treatments in this order (a drag in the list); treatments not named keep their place after them. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void reorder(List<Long> ids) {
        List<Treatment> all = treatments.findAllByOrderByDisplayOrderAscNameAsc();
        Map<Long, Treatment> byId = all.stream().collect(Collectors.toMap(Treatment::getId, t -> t));
        List<Treatment> ordered = new ArrayList<>();
        ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        all.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            Treatment t = ordered.get(i);
            if (t.getDisplayOrder() != i + 1) {
                int before = t.getDisplayOrder();
                t.setDisplayOrder(i + 1);
                history.record(MenuChange.Kind.TREATMENT, t.getId(),
                        new ItemSnapshot(Map.of("displayOrder", String.valueOf(before))),
                        new ItemSnapshot(Map.of("displayOrder", String.valueOf(i + 1))));
            }
        }
        resourceVersion.bump();
    }

    /**
     * Takes a treatment off the menu or back on. Coming bookings of it are kept as booked or
     * cancelled, as the manager decided after seeing {@link #affectedByDeactivating}.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void setActive(long id, long version, boolean active, BookingsDecision decision) {
        change(id, version, t -> {
            if (!active && decision == BookingsDecision.CANCEL) {
                futureBookings.cancel(futureBookings.ofTreatment(id), "The treatment is no longer on the menu");
            }
            t.setActive(active);
        });
    }

    /** Adds a duration with its price. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void addVariant(long id, long version, int minutes, BigDecimal price) {
        change(id, version, t -> {
            Set<Integer> existing = t.getVariants().stream().map(TreatmentVariant::getDurationMinutes)
                    .collect(Collectors.toSet());
            List<FieldProblem> problems = new ArrayList<>(MenuValidation.minutes(minutes, grid, existing));
            problems.addAll(MenuValidation.price("variant.price", price, spa.currency()));
            refuseIfAny(problems);
            t.addVariant(minutes, new Money(price, spa.currency()));
        });
    }

    /** A new price for a duration: guests see it from their next screen; bookings keep theirs. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void changePrice(long id, long version, long variantId, BigDecimal price) {
        change(id, version, t -> {
            refuseIfAny(MenuValidation.price("variant." + variantId + ".price", price, spa.currency()));
            variant(t, variantId).setPrice(new Money(price, spa.currency()));
        });
    }

    /**
     * Retires a duration (never deletes it: bookings point to it) or offers it again. Coming
     * bookings of it are kept or cancelled, as the manager decided after {@link #affectedByRetiring}.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void setVariantActive(long id, long version, long variantId, boolean active, BookingsDecision decision) {
        change(id, version, t -> {
            TreatmentVariant variant = variant(t, variantId);
            if (!active && decision == BookingsDecision.CANCEL) {
                futureBookings.cancel(futureBookings.ofVariant(variantId), "This duration is no longer offered");
            }
            variant.setActive(active);
        });
    }

    /** Writes the protocol anew: the steps in this order, with their words per language. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void saveSteps(long id, long version, List<StepForm> steps) {
        change(id, version, t -> {
            refuseIfAny(MenuValidation.steps(steps));
            t.clearSteps();
            em.flush(); // the old rows go before the new ones take their orders
            texts.removeOwner("step", t.getCode());
            for (int i = 0; i < steps.size(); i++) {
                StepForm step = steps.get(i);
                StepForm.Texts en = step.texts(MenuLanguages.ENGLISH);
                t.addStep(step.area(), step.position(), en.title(), en.instruction());
                for (String language : MenuLanguages.TRANSLATED) {
                    texts.put(MenuLanguages.locale(language), MenuTextKeys.step(t.getCode(), i + 1, "title"),
                            step.texts(language).title());
                    texts.put(MenuLanguages.locale(language), MenuTextKeys.step(t.getCode(), i + 1, "instruction"),
                            step.texts(language).instruction());
                }
            }
        });
    }

    // ---------------------------------------------------------------- the pieces

    /** Locks the row, checks the version the manager saw, applies, records the difference, bumps. */
    private void change(long id, long version, Consumer<Treatment> edit) {
        Treatment t = treatments.findForEdit(id).orElseThrow(() -> new MenuEditException(
                FieldProblem.of("", "manage.problem.gone")));
        if (t.getVersion() != version) {
            throw history.stale(MenuChange.Kind.TREATMENT, id);
        }
        ItemSnapshot before = snapshot(t);
        edit.accept(t);
        // A new price or step changes other rows: the treatment's version moves all the same.
        em.lock(t, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        record(id, before, snapshot(t));
        resourceVersion.bump();
    }

    private void record(long id, ItemSnapshot before, ItemSnapshot after) {
        history.record(MenuChange.Kind.TREATMENT, id, before, after);
    }

    private ItemSnapshot snapshot(Treatment t) {
        Map<String, String> fields = new LinkedHashMap<>();
        TreatmentEdit edit = edit(t, texts.all());
        fields.put("code", t.getCode());
        fields.put("category", t.getCategory().name());
        fields.put("active", String.valueOf(t.isActive()));
        fields.put("kioskVisible", String.valueOf(t.isKioskVisible()));
        fields.put("bodyAreas", new TreeSet<>(t.getBodyAreas().stream().map(Enum::name).toList()).toString());
        for (String language : MenuLanguages.ALL) {
            TreatmentForm.Texts words = edit.form().texts(language);
            fields.put("name." + language, words.name());
            fields.put("summary." + language, words.summary());
            fields.put("description." + language, words.description());
            fields.put("helpsWith." + language, words.helpsWith());
        }
        for (TreatmentEdit.Variant v : edit.variants()) {
            fields.put("variant." + v.minutes() + ".price", v.price().amount().toPlainString());
            fields.put("variant." + v.minutes() + ".active", String.valueOf(v.active()));
        }
        for (int i = 0; i < edit.steps().size(); i++) {
            StepForm step = edit.steps().get(i);
            fields.put("step." + (i + 1) + ".area", step.area() == null ? "" : step.area().name());
            fields.put("step." + (i + 1) + ".position", step.position().name());
            for (String language : MenuLanguages.ALL) {
                fields.put("step." + (i + 1) + ".title." + language, step.texts(language).title());
                fields.put("step." + (i + 1) + ".instruction." + language, step.texts(language).instruction());
            }
        }
        return new ItemSnapshot(fields);
    }

    private static TreatmentEdit edit(Treatment t, Map<String, Map<String, String>> all) {
        Map<String, TreatmentForm.Texts> words = new HashMap<>();
        words.put(MenuLanguages.ENGLISH, new TreatmentForm.Texts(t.getName(), t.getSummary(), t.getDescription(),
                t.getHelpsWith()));
        for (String language : MenuLanguages.TRANSLATED) {
            Map<String, String> of = all.getOrDefault(language, Map.of());
            words.put(language, new TreatmentForm.Texts(of.get(MenuTextKeys.treatment(t.getCode(), "name")),
                    of.get(MenuTextKeys.treatment(t.getCode(), "summary")),
                    of.get(MenuTextKeys.treatment(t.getCode(), "description")),
                    of.get(MenuTextKeys.treatment(t.getCode(), "helpsWith"))));
        }
        List<StepForm> steps = t.getProtocol().stream().sorted(Comparator.comparingInt(ProtocolStep::getStepOrder))
                .map(s -> {
                    Map<String, StepForm.Texts> stepWords = new HashMap<>();
                    stepWords.put(MenuLanguages.ENGLISH, new StepForm.Texts(s.getTitle(), s.getInstruction()));
                    for (String language : MenuLanguages.TRANSLATED) {
                        Map<String, String> of = all.getOrDefault(language, Map.of());
                        stepWords.put(language, new StepForm.Texts(
                                of.get(MenuTextKeys.step(t.getCode(), s.getStepOrder(), "title")),
                                of.get(MenuTextKeys.step(t.getCode(), s.getStepOrder(), "instruction"))));
                    }
                    return new StepForm(s.getBodyArea(), s.getClientPosition(), stepWords);
                }).toList();
        List<TreatmentEdit.Variant> variants = t.getVariants().stream()
                .sorted(Comparator.comparingInt(TreatmentVariant::getDurationMinutes))
                .map(v -> new TreatmentEdit.Variant(v.getId() == null ? 0 : v.getId(), v.getDurationMinutes(),
                        v.getPrice(), v.isActive())).toList();
        return new TreatmentEdit(t.getId(), t.getVersion(), new TreatmentForm(t.getCode(), t.getCategory(), words,
                t.getBodyAreas(), t.isKioskVisible()), t.isActive(), variants, steps);
    }

    /** The languages in which a word the English has is missing (the kiosk falls back to English there). */
    static Set<String> missingLanguages(TreatmentEdit edit) {
        Set<String> missing = new TreeSet<>();
        TreatmentForm.Texts en = edit.form().texts(MenuLanguages.ENGLISH);
        for (String language : MenuLanguages.TRANSLATED) {
            TreatmentForm.Texts words = edit.form().texts(language);
            boolean lacks = words.name().isEmpty() || words.summary().isEmpty() || words.description().isEmpty()
                    || (!en.helpsWith().isEmpty() && words.helpsWith().isEmpty())
                    || edit.steps().stream().anyMatch(s -> s.texts(language).title().isEmpty()
                            || s.texts(language).instruction().isEmpty());
            if (lacks) {
                missing.add(language);
            }
        }
        return missing;
    }

    private void writeTexts(String code, TreatmentForm form) {
        for (String language : MenuLanguages.TRANSLATED) {
            TreatmentForm.Texts words = form.texts(language);
            var locale = MenuLanguages.locale(language);
            texts.put(locale, MenuTextKeys.treatment(code, "name"), words.name());
            texts.put(locale, MenuTextKeys.treatment(code, "summary"), words.summary());
            texts.put(locale, MenuTextKeys.treatment(code, "description"), words.description());
            texts.put(locale, MenuTextKeys.treatment(code, "helpsWith"), words.helpsWith());
        }
    }

    private Treatment find(long id) {
        return treatments.findById(id).orElseThrow(() -> new MenuEditException(FieldProblem.of("", "manage.problem.gone")));
    }

    private static TreatmentVariant variant(Treatment t, long variantId) {
        return t.variant(variantId).orElseThrow(() -> new MenuEditException(FieldProblem.of("", "manage.problem.gone")));
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
