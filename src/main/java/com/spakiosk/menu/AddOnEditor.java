package com.spakiosk.menu;

import com.spakiosk.base.Money;
import com.spakiosk.base.ResourceVersion;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's changes to add-ons: words in three languages, price, extra minutes, when it
 * happens, the equipment and units it takes, its options (the oils), the treatments it goes with,
 * and whether it is on the menu. Built like {@link TreatmentEditor}: validated here as in the
 * form, written at the version the manager saw (else refused, naming who changed it first),
 * recorded per add-on, announced through the resource version. Bookings keep the add-ons,
 * prices and minutes they were made with; a change that leaves coming bookings behind asks first.
 */
@Service
public class AddOnEditor {

    private final AddOnRepository addOns;
    private final TreatmentRepository treatments;
    private final MenuTextStore texts;
    private final MenuHistory history;
    private final ResourceVersion resourceVersion;
    private final FutureBookings futureBookings;
    private final SpaEquipment equipment;
    private final SpaProperties spa;
    private final Duration grid;

    @PersistenceContext
    private EntityManager em;

    AddOnEditor(AddOnRepository addOns, TreatmentRepository treatments, MenuTextStore texts, MenuHistory history,
                ResourceVersion resourceVersion, FutureBookings futureBookings, SpaEquipment equipment,
                SpaProperties spa, @Value("${spa.booking.grid:15m}") Duration grid) {
        this.addOns = addOns;
        this.treatments = treatments;
        this.texts = texts;
        this.history = history;
        this.resourceVersion = resourceVersion;
        this.futureBookings = futureBookings;
        this.equipment = equipment;
        this.spa = spa;
        this.grid = grid;
    }

    // ---------------------------------------------------------------- reading

    /** Every add-on, on the menu or not, in the kiosk's order, with the languages it lacks words in. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<AddOnRow> addOns() {
        Map<String, Map<String, String>> all = texts.all();
        return addOns.findAllByOrderByDisplayOrderAscNameAsc().stream().map(a -> new AddOnRow(a.getId(), a.getVersion(),
                a.getCode(), a.getName(), a.getPrice(), a.getExtraMinutes(), a.getPlacement(), a.isActive(),
                a.getAllowedTreatments().size(), AddOnEdits.missingLanguages(AddOnEdits.edit(a, all)))).toList();
    }

    /** An add-on as the editor opens it. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public AddOnEdit addOn(long id) {
        return AddOnEdits.edit(find(id), texts.all());
    }

    /** The add-on as the kiosk's options step shows it (its options still offered), on the menu or not. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public MenuAddOn preview(long id) {
        return MenuAddOn.of(find(id));
    }

    /** The spa's equipment an add-on can take, with the units it owns. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<SpaEquipment.Kind> equipment() {
        return equipment.kinds();
    }

    /** The booking grid's step: extra minutes are whole steps of it. */
    @RolesAllowed(Roles.MANAGER)
    public Duration grid() {
        return grid;
    }

    /** The changes recorded for an add-on, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuChange> history(long id) {
        return history.of(MenuChange.Kind.ADD_ON, id);
    }

    /** The coming bookings carrying the add-on, which taking it off the menu would leave behind. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<FutureBookings.Affected> affectedByDeactivating(long id) {
        return futureBookings.withAddOn(id);
    }

    /**
     * The coming bookings that carry the add-on with a treatment it would no longer go with, were
     * it allowed only with {@code treatmentIds}; earliest first.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<FutureBookings.Affected> affectedByAllowingOnly(long id, Set<Long> treatmentIds) {
        return find(id).getAllowedTreatments().stream().map(Treatment::getId).filter(t -> !treatmentIds.contains(t))
                .flatMap(t -> futureBookings.ofTreatmentWithAddOn(t, id).stream())
                .sorted(Comparator.comparing(FutureBookings.Affected::startsAt)).toList();
    }

    // ---------------------------------------------------------------- writing

    /** Adds an add-on at the end of the list; guests see it once it goes with a treatment. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public long create(AddOnForm form) {
        MenuEditException.refuseIfAny(AddOnValidation.addOn(form, addOns.findByCode(strip(form.code())).isPresent(),
                spa.currency(), grid, null, equipment.kinds()));
        AddOnForm.Texts en = form.texts(MenuLanguages.ENGLISH);
        int last = addOns.findAllByOrderByDisplayOrderAscNameAsc().stream().mapToInt(AddOn::getDisplayOrder).max()
                .orElse(0);
        var a = new AddOn(strip(form.code()), en.name(), en.description(), new Money(form.price(), spa.currency()),
                form.extraMinutes(), form.placement(), form.bodyAreas(), last + 1);
        a.requireEquipment(form.equipmentTypeId(), form.equipmentTypeId() == null ? 1 : form.equipmentUnits());
        addOns.saveAndFlush(a);
        writeTexts(a.getCode(), form);
        history.record(MenuChange.Kind.ADD_ON, a.getId(), new ItemSnapshot(Map.of()), snapshot(a));
        resourceVersion.bump();
        return a.getId();
    }

    /**
     * Changes an add-on's code, words, price, minutes, placement, equipment and body areas. Guests
     * see the new price and minutes from their next screen; bookings keep what they were made with.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void update(long id, long version, AddOnForm form) {
        change(id, version, a -> {
            boolean taken = addOns.findByCode(strip(form.code())).filter(other -> !other.equals(a)).isPresent();
            MenuEditException.refuseIfAny(AddOnValidation.addOn(form, taken, spa.currency(), grid, a.getExtraMinutes(),
                    equipment.kinds()));
            String oldCode = a.getCode();
            if (!oldCode.equals(strip(form.code()))) {
                a.changeCode(strip(form.code()));
                texts.renameOwner("addOn", oldCode, a.getCode());
                texts.renameOwner("option", oldCode, a.getCode());
                texts.renameTarget(oldCode, a.getCode());
            }
            AddOnForm.Texts en = form.texts(MenuLanguages.ENGLISH);
            a.rename(en.name(), en.description());
            a.setPrice(new Money(form.price(), spa.currency()));
            a.setExtraMinutes(form.extraMinutes());
            a.setPlacement(form.placement());
            a.requireEquipment(form.equipmentTypeId(), form.equipmentTypeId() == null ? 1 : form.equipmentUnits());
            a.setBodyAreas(form.bodyAreas());
            writeTexts(a.getCode(), form);
        });
    }

    /** Moves an add-on one place up (-1) or down (+1) in the kiosk's order. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void move(long id, int direction) {
        reorder(MenuOrder.moved(addOns.findAllByOrderByDisplayOrderAscNameAsc(), find(id), direction).stream()
                .map(AddOn::getId).toList());
    }

    /** Puts the add-ons in this order (a drag in the list); add-ons not named keep their place after them. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void reorder(List<Long> ids) {
        List<AddOn> ordered = MenuOrder.ordered(addOns.findAllByOrderByDisplayOrderAscNameAsc(), AddOn::getId, ids);
        for (int i = 0; i < ordered.size(); i++) {
            AddOn a = ordered.get(i);
            if (a.getDisplayOrder() != i + 1) {
                history.record(MenuChange.Kind.ADD_ON, a.getId(),
                        new ItemSnapshot(Map.of("displayOrder", String.valueOf(a.getDisplayOrder()))),
                        new ItemSnapshot(Map.of("displayOrder", String.valueOf(i + 1))));
                a.setDisplayOrder(i + 1);
            }
        }
        resourceVersion.bump();
    }

    /**
     * Takes an add-on off the menu or back on. Coming bookings carrying it are kept as booked or
     * cancelled, as the manager decided after seeing {@link #affectedByDeactivating}.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void setActive(long id, long version, boolean active, BookingsDecision decision) {
        change(id, version, a -> {
            if (!active && decision == BookingsDecision.CANCEL) {
                futureBookings.cancel(futureBookings.withAddOn(id), "The add-on is no longer on the menu");
            }
            a.setActive(active);
        });
    }

    /**
     * The treatments the add-on goes with, from now on. Coming bookings of a treatment it no longer
     * goes with are kept as booked or cancelled, as the manager decided after
     * {@link #affectedByAllowingOnly}.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void allowOnlyWith(long id, long version, Set<Long> treatmentIds, BookingsDecision decision) {
        change(id, version, a -> {
            Set<Treatment> chosen = treatmentIds.stream().map(treatments::findById).flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            if (decision == BookingsDecision.CANCEL) {
                futureBookings.cancel(affectedByAllowingOnly(id, treatmentIds),
                        "The add-on no longer goes with this treatment");
            }
            a.allowOnlyWith(chosen);
        });
    }

    /** Adds an option (an oil) with its labels; guests can choose it from their next screen. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void addOption(long id, long version, OptionForm form) {
        change(id, version, a -> {
            MenuEditException.refuseIfAny(AddOnValidation.newOption(form, a.option(strip(form.code())).isPresent()));
            a.addOption(strip(form.code()), form.label(MenuLanguages.ENGLISH));
            writeLabels(a.getCode(), strip(form.code()), form);
        });
    }

    /** New labels for an option; its code stays, since bookings name the oil by it. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void relabelOption(long id, long version, OptionForm form) {
        change(id, version, a -> {
            AddOnOption option = option(a, form.code());
            MenuEditException.refuseIfAny(AddOnValidation.labels("option." + option.getCode() + ".", form));
            option.relabel(form.label(MenuLanguages.ENGLISH));
            writeLabels(a.getCode(), option.getCode(), form);
        });
    }

    /**
     * Retires an option (never deletes it: bookings that chose it keep its code and words) or
     * offers it again. Coming bookings with a retired oil keep it.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void setOptionActive(long id, long version, String optionCode, boolean active) {
        change(id, version, a -> option(a, optionCode).setActive(active));
    }

    // ---------------------------------------------------------------- the pieces

    /** Locks the row, checks the version the manager saw, applies, records the difference, bumps. */
    private void change(long id, long version, Consumer<AddOn> edit) {
        AddOn a = addOns.findForEdit(id).orElseThrow(AddOnEditor::gone);
        if (a.getVersion() != version) {
            throw history.stale(MenuChange.Kind.ADD_ON, id, "manage.problem.staleAddOn", "manage.problem.staleAddOnUnknown");
        }
        ItemSnapshot before = snapshot(a);
        edit.accept(a);
        // A new option or label changes other rows: the add-on's version moves all the same.
        em.lock(a, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        history.record(MenuChange.Kind.ADD_ON, id, before, snapshot(a));
        resourceVersion.bump();
    }

    private ItemSnapshot snapshot(AddOn a) {
        return AddOnEdits.snapshot(a, texts.all(), equipment.kinds());
    }

    private void writeTexts(String code, AddOnForm form) {
        for (String language : MenuLanguages.TRANSLATED) {
            var locale = MenuLanguages.locale(language);
            texts.put(locale, MenuTextKeys.addOn(code, "name"), form.texts(language).name());
            texts.put(locale, MenuTextKeys.addOn(code, "description"), form.texts(language).description());
        }
    }

    private void writeLabels(String addOnCode, String optionCode, OptionForm form) {
        for (String language : MenuLanguages.TRANSLATED) {
            texts.put(MenuLanguages.locale(language), MenuTextKeys.option(addOnCode, optionCode), form.label(language));
        }
    }

    private AddOn find(long id) {
        return addOns.findById(id).orElseThrow(AddOnEditor::gone);
    }

    private static AddOnOption option(AddOn a, String code) {
        return a.option(strip(code)).orElseThrow(AddOnEditor::gone);
    }

    private static MenuEditException gone() {
        return new MenuEditException(FieldProblem.of("", "manage.problem.gone"));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
