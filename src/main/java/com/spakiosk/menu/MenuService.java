package com.spakiosk.menu;

import com.spakiosk.base.ResourceVersion;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The treatment menu: what guests can choose, and the manager's edits to it. */
@Service
public class MenuService {

    private final TreatmentRepository treatments;
    private final AddOnRepository addOns;
    private final ResourceVersion resourceVersion;
    private final MenuTextStore texts;
    private final AtomicReference<ActiveMenu> cache = new AtomicReference<>();

    MenuService(TreatmentRepository treatments, AddOnRepository addOns, ResourceVersion resourceVersion,
                MenuTextStore texts) {
        this.treatments = treatments;
        this.addOns = addOns;
        this.resourceVersion = resourceVersion;
        this.texts = texts;
    }

    /**
     * The active menu in display order, each treatment with its active durations. Treatments
     * with no active duration are left out: a guest could not book them.
     */
    @Transactional(readOnly = true)
    @AnonymousAccess("the menu is what the kiosk shows every guest")
    public List<MenuTreatment> activeMenu() {
        return cached().treatments();
    }

    /** A treatment by its code, active or not. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the menu is what the kiosk shows every guest")
    public Optional<Treatment> findTreatment(String code) {
        return treatments.findByCode(code);
    }

     /** An add-on by its code, active or not. */
   @Transactional(readOnly = true)
    @AnonymousAccess("the menu is what the kiosk shows every guest")
    public Optional<AddOn> findAddOn(String code) {
        return addOns.findByCode(code);
    }

    /** Every active add-on with its options and the treatments it goes with. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the menu is what the kiosk shows every guest")
    public List<MenuAddOn> activeAddOns() {
        return cached().addOns();
    }

    /** The active treatments and add-ons together, for one version check where a screen needs both. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the menu is what the kiosk shows every guest")
    public ActiveMenu active() {
        return cached();
    }

    /**
     * The active menu as immutable read models, shared by every kiosk screen of this instance and
     * reloaded when some instance changed the menu (the shared resource version moved). Each
     * call costs one tiny query; the menu itself is read only after a change.
     */
    private ActiveMenu cached() {
        long version = resourceVersion.current();
        ActiveMenu menu = cache.get();
        if (menu == null || menu.version() != version) {
            menu = new ActiveMenu(version,
                    treatments.findActiveWithVariants().stream().map(MenuTreatment::of)
                            .filter(t -> !t.variants().isEmpty()).toList(),
                    addOns.findActiveWithTreatments().stream().map(MenuAddOn::of).toList(),
                    texts.all(),
                    treatments.findAll().stream().collect(java.util.stream.Collectors.toMap(Treatment::getId, Treatment::getName)),
                    addOns.findAll().stream().map(MenuAddOn::of)
                            .collect(java.util.stream.Collectors.toMap(MenuAddOn::id, a -> a)));
            cache.set(menu);
        }
        return menu;
    }

    /** The menu's and the screening's words in a language, as the kiosk shows them. */
    @Transactional(readOnly = true)
    @AnonymousAccess("the menu is what the kiosk shows every guest")
    public MenuContent content(Locale locale) {
        return cached().content(locale);
    }

    /** Every treatment, on the menu or not, in the kiosk's order. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuItem> allTreatments() {
        return treatments.findAllByOrderByDisplayOrderAscNameAsc().stream()
                .map(t -> new MenuItem(t.getId(), t.getCode(), t.getName(), t.isActive())).toList();
    }

    /** Every add-on, on the menu or not, in display order. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<MenuItem> allAddOns() {
        return addOns.findAll().stream()
                .sorted(java.util.Comparator.comparingInt(AddOn::getDisplayOrder).thenComparing(AddOn::getName))
                .map(a -> new MenuItem(a.getId(), a.getCode(), a.getName(), a.isActive())).toList();
    }

    /** A treatment's protocol steps in order, for the therapist's session card; empty for an unknown treatment. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public List<MenuProtocolStep> protocol(long treatmentId) {
        return treatments.findById(treatmentId).map(t -> t.getProtocol().stream()
                .sorted(java.util.Comparator.comparingInt(ProtocolStep::getStepOrder))
                .map(MenuProtocolStep::of).toList()).orElse(List.of());
    }

     /** How many treatments exist (the demo loader fills only an empty spa). */
   @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public long countTreatments() {
        return treatments.count();
    }

    /** Copies the shipped German and Russian words of the items the spa holds: the demo spa's translations. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public int importBundledTexts() {
        resourceVersion.bump();
        return texts.importBundled();
    }

    /** Adds or updates a treatment with its variants and protocol. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Treatment saveTreatment(Treatment treatment) {
        resourceVersion.bump();
        return treatments.save(treatment);
    }

    /** Adds or updates an add-on with its options and the treatments it goes with. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public AddOn saveAddOn(AddOn addOn) {
        resourceVersion.bump();
        return addOns.save(addOn);
    }
}
