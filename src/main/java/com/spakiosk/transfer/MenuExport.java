package com.spakiosk.transfer;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.AddOnEdit;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.AddOnRow;
import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.menu.TreatmentEdit;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.menu.TreatmentRow;
import com.spakiosk.screening.QuestionEdit;
import com.spakiosk.screening.QuestionRow;
import com.spakiosk.screening.RuleForm;
import com.spakiosk.screening.ScreeningEditor;
import com.spakiosk.staff.EquipmentType;
import com.spakiosk.staff.StaffService;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.AddOnTexts;
import com.spakiosk.transfer.MenuDocument.OptionEntry;
import com.spakiosk.transfer.MenuDocument.QuestionEntry;
import com.spakiosk.transfer.MenuDocument.RuleEntry;
import com.spakiosk.transfer.MenuDocument.StepEntry;
import com.spakiosk.transfer.MenuDocument.StepTexts;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentTexts;
import com.spakiosk.transfer.MenuDocument.VariantEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the spa's menu and screening through the editors (the same words, flags and rules the
 * manager sees there) into a canonical document, naming everything by code.
 */
@Component
class MenuExport {

    private final TreatmentEditor treatments;
    private final AddOnEditor addOns;
    private final ScreeningEditor screening;
    private final StaffService staff;
    private final SpaProperties spa;

    MenuExport(TreatmentEditor treatments, AddOnEditor addOns, ScreeningEditor screening, StaffService staff,
               SpaProperties spa) {
        this.treatments = treatments;
        this.addOns = addOns;
        this.screening = screening;
        this.staff = staff;
        this.spa = spa;
    }

    /** The spa as it is now, with ids and versions; call within one transaction for a consistent picture. */
    SpaMenu read() {
        Map<String, SpaMenu.Ref> treatmentRefs = new HashMap<>();
        Map<String, SpaMenu.Ref> addOnRefs = new HashMap<>();
        Map<String, SpaMenu.Ref> questionRefs = new HashMap<>();
        Map<String, Map<Integer, Long>> variantIds = new HashMap<>();
        Map<Long, String> treatmentCodes = new HashMap<>();
        List<TreatmentEntry> t = new ArrayList<>();
        for (TreatmentRow row : treatments.treatments()) {
            TreatmentEdit e = treatments.treatment(row.id());
            treatmentRefs.put(e.form().code(), new SpaMenu.Ref(e.id(), e.version()));
            treatmentCodes.put(e.id(), e.form().code());
            variantIds.put(e.form().code(), e.variants().stream()
                    .collect(Collectors.toMap(TreatmentEdit.Variant::minutes, TreatmentEdit.Variant::id)));
            t.add(treatment(e, t.size() + 1));
        }
        Map<Long, String> equipmentCodes = staff.allEquipment().stream()
                .collect(Collectors.toMap(EquipmentType::getId, EquipmentType::getCode));
        Map<Long, String> addOnCodes = new HashMap<>();
        List<AddOnEntry> a = new ArrayList<>();
        for (AddOnRow row : addOns.addOns()) {
            AddOnEdit e = addOns.addOn(row.id());
            addOnRefs.put(e.form().code(), new SpaMenu.Ref(e.id(), e.version()));
            addOnCodes.put(e.id(), e.form().code());
            a.add(addOn(e, a.size() + 1, equipmentCodes, treatmentCodes));
        }
        List<QuestionEntry> q = new ArrayList<>();
        for (QuestionRow row : screening.questions()) {
            QuestionEdit e = screening.question(row.id());
            questionRefs.put(e.form().code(), new SpaMenu.Ref(e.id(), e.version()));
            q.add(question(e, q.size() + 1, treatmentCodes, addOnCodes));
        }
        var document = Canonical.of(new MenuDocument(MenuDocument.KIND, MenuDocument.FORMAT,
                spa.currency().getCurrencyCode(), t, a, q));
        return new SpaMenu(document, treatmentRefs, addOnRefs, questionRefs, variantIds);
    }

    private static TreatmentEntry treatment(TreatmentEdit e, int order) {
        Map<String, TreatmentTexts> texts = new LinkedHashMap<>();
        for (String language : MenuLanguages.ALL) {
            var w = e.form().texts(language);
            texts.put(language, new TreatmentTexts(w.name(), w.summary(), w.description(), w.helpsWith()));
        }
        List<VariantEntry> variants = e.variants().stream()
                .map(v -> new VariantEntry(v.minutes(), v.price().amount(), !v.active())).toList();
        List<StepEntry> steps = e.steps().stream().map(s -> {
            Map<String, StepTexts> words = new LinkedHashMap<>();
            for (String language : MenuLanguages.ALL) {
                words.put(language, new StepTexts(s.texts(language).title(), s.texts(language).instruction()));
            }
            return new StepEntry(s.area(), s.position(), words);
        }).toList();
        return new TreatmentEntry(e.form().code(), e.form().category(), order, e.active(), e.form().kioskVisible(),
                List.copyOf(e.form().bodyAreas()), texts, variants, steps);
    }

    private static AddOnEntry addOn(AddOnEdit e, int order, Map<Long, String> equipmentCodes,
                                    Map<Long, String> treatmentCodes) {
        var form = e.form();
        Map<String, AddOnTexts> texts = new LinkedHashMap<>();
        for (String language : MenuLanguages.ALL) {
            texts.put(language, new AddOnTexts(form.texts(language).name(), form.texts(language).description()));
        }
        List<OptionEntry> options = e.options().stream().map(o -> {
            Map<String, String> labels = new LinkedHashMap<>();
            MenuLanguages.ALL.forEach(language -> labels.put(language, o.form().label(language)));
            return new OptionEntry(o.form().code(), o.active(), labels);
        }).toList();
        String equipment = form.equipmentTypeId() == null ? null : equipmentCodes.get(form.equipmentTypeId());
        return new AddOnEntry(form.code(), order, e.active(), texts, form.price(), form.extraMinutes(), form.placement(),
                equipment, form.equipmentUnits(), List.copyOf(form.bodyAreas()), options,
                e.allowedTreatmentIds().stream().map(treatmentCodes::get).filter(Objects::nonNull).toList());
    }

    private static QuestionEntry question(QuestionEdit e, int order, Map<Long, String> treatmentCodes,
                                          Map<Long, String> addOnCodes) {
        var form = e.form();
        Map<String, String> question = new LinkedHashMap<>();
        Map<String, String> refusal = new LinkedHashMap<>();
        for (String language : MenuLanguages.ALL) {
            question.put(language, form.question(language));
            refusal.put(language, form.refusal(language));
        }
        List<RuleEntry> rules = form.rules().stream().map(r -> new RuleEntry(r.scope(), target(r, treatmentCodes,
                addOnCodes), r.verdict(), reasons(r))).toList();
        return new QuestionEntry(form.code(), order, e.active(), question, form.helpText(), refusal, rules);
    }

    private static Map<String, String> reasons(RuleForm r) {
        Map<String, String> reason = new LinkedHashMap<>();
        MenuLanguages.ALL.forEach(language -> reason.put(language, r.reason(language)));
        return reason;
    }

    private static String target(RuleForm r, Map<Long, String> treatmentCodes, Map<Long, String> addOnCodes) {
        return switch (r.scope()) {
            case EVERYTHING -> null;
            case TREATMENT -> treatmentCodes.get(r.treatmentId());
            case ADD_ON -> addOnCodes.get(r.addOnId());
            case BODY_AREA -> r.bodyArea().name();
        };
    }
}
