package com.spakiosk.screening;

import com.spakiosk.menu.ActiveMenu;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What chosen answers mean for every treatment and add-on on the menu, computed by the same
 * {@link ScreeningRules} from the same targets as the kiosk's booking ({@link #target}), so that
 * the manager's preview cannot disagree with what a guest meets.
 */
public final class ScreeningPreview {

    private ScreeningPreview() {
    }

    /** One treatment or add-on: its verdict and the rules behind it. */
    public record Line(ScreeningRules.Target target, Verdict verdict, List<ScreeningRules.Finding> findings) {
    }

    /** The screening target of a treatment on the menu: what rules see of it. */
    public static ScreeningRules.Target target(MenuTreatment t) {
        return new ScreeningRules.Target(ScreeningRules.Target.Kind.TREATMENT, t.id(), t.code(), t.name(), t.bodyAreas());
    }

    /** The screening target of an add-on on the menu. */
    public static ScreeningRules.Target target(MenuAddOn a) {
        return new ScreeningRules.Target(ScreeningRules.Target.Kind.ADD_ON, a.id(), a.code(), a.name(), a.bodyAreas());
    }

    /** Every treatment, then every add-on of the menu, as targets. */
    public static List<ScreeningRules.Target> targets(ActiveMenu menu) {
        List<ScreeningRules.Target> targets = new ArrayList<>();
        menu.treatments().forEach(t -> targets.add(target(t)));
        menu.addOns().forEach(a -> targets.add(target(a)));
        return targets;
    }

    public static List<Line> of(Collection<ScreeningRules.Rule> rules, Set<String> yes,
                                List<ScreeningRules.Target> targets) {
        ScreeningRules.Evaluation evaluation = ScreeningRules.evaluate(rules, yes, targets);
        return targets.stream().map(t -> new Line(t, evaluation.verdictFor(t),
                evaluation.findings().stream().filter(f -> f.target().equals(t)).toList())).toList();
    }

    /** The questions whose "yes" alone rules out every treatment: the guest can book nothing. */
    public static List<String> blockingEverything(Collection<ScreeningRules.Rule> rules, List<String> questionCodes,
                                                  List<ScreeningRules.Target> targets) {
        List<ScreeningRules.Target> treatments = targets.stream()
                .filter(t -> t.kind() == ScreeningRules.Target.Kind.TREATMENT).toList();
        if (treatments.isEmpty()) {
            return List.of();
        }
        return questionCodes.stream().filter(code -> {
            ScreeningRules.Evaluation e = ScreeningRules.evaluate(rules, Set.of(code), treatments);
            return treatments.stream().allMatch(t -> e.verdictFor(t) == Verdict.BLOCKED);
        }).toList();
    }
}
