package com.spakiosk.transfer.ui;

import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.FutureBookings;
import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.ui.FieldProblems;
import com.spakiosk.transfer.ImportCheck;
import com.spakiosk.transfer.ImportProblem;
import com.spakiosk.transfer.ImportRefusedException;
import com.spakiosk.transfer.ImportSummary;
import com.spakiosk.transfer.MenuTransfer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * One checked document: its problems (nothing can be imported), or "nothing to change", or what
 * the import would create, change (field by field) and retire, the coming bookings it touches
 * with the choice to keep or cancel them, and the buttons to import or discard it.
 */
class ImportCheckPanel extends Div {

    private static final int SHOWN = 50;
    private static final int VALUE_MAX = 80;

    private final FieldProblems words;
    private final ZoneId zone;

    ImportCheckPanel(ImportCheck check, MenuTransfer transfer, ZoneId zone, Runnable discard) {
        this.words = new FieldProblems(zone);
        this.zone = zone;
        addClassName("manage-transfer__check");
        if (!check.ok()) {
            showProblems(check.problems());
            return;
        }
        ImportSummary summary = check.summary();
        if (summary.nothingToChange()) {
            var same = new Paragraph(getTranslation("transfer.nothing"));
            same.addClassName("manage-transfer__nothing");
            add(same);
            return;
        }
        add(new Paragraph(getTranslation("transfer.dryRun")));
        section("transfer.created", summary.created(), false);
        section("transfer.changed", summary.changed(), true);
        section("transfer.retired", summary.retired(), false);
        summary.reordered().forEach(kind -> add(new Paragraph(getTranslation("transfer.reordered." + kind))));
        var decision = new RadioButtonGroup<BookingsDecision>(getTranslation("transfer.decision"));
        decision.setItems(BookingsDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("transfer.decision." + d));
        decision.setValue(BookingsDecision.KEEP);
        if (!check.affected().isEmpty()) {
            add(new H3(getTranslation("transfer.affected", check.affected().size())), bookings(check.affected()),
                    decision);
        }
        var apply = new Button(getTranslation("transfer.apply"), e -> {
            try {
                transfer.apply(check, decision.getValue());
                removeAll();
                var done = new Paragraph(getTranslation("transfer.done"));
                done.addClassName("manage-transfer__done");
                done.getElement().setAttribute("role", "status");
                add(done);
            } catch (ImportRefusedException refused) {
                removeAll();
                showProblems(refused.problems());
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = new Button(getTranslation("transfer.discard"), e -> discard.run());
        var actions = new Div(back, apply);
        actions.addClassName("manage-actions");
        add(actions);
    }

    private void showProblems(List<ImportProblem> problems) {
        var intro = new Paragraph(getTranslation("transfer.problems", problems.size()));
        intro.addClassName("manage-problem");
        intro.getElement().setAttribute("role", "alert");
        var list = new UnorderedList();
        list.addClassName("manage-transfer__problems");
        problems.stream().limit(SHOWN).forEach(p -> list.add(new ListItem(problem(p))));
        if (problems.size() > SHOWN) {
            list.add(new ListItem(getTranslation("manage.decision.more", problems.size() - SHOWN)));
        }
        add(intro, list);
    }

    private String problem(ImportProblem p) {
        String where = p.kind() == ImportProblem.ItemKind.DOCUMENT ? getTranslation("transfer.kind.DOCUMENT")
                : getTranslation("transfer.kind." + p.kind()) + " " + p.code();
        String field = p.problem().field().isEmpty() ? "" : " · " + p.problem().field();
        return where + field + ": " + words.text(p.problem());
    }

    private void section(String key, List<ImportSummary.ItemChange> items, boolean fields) {
        if (items.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(key, items.size())));
        var list = new UnorderedList();
        list.addClassName("manage-transfer__items");
        items.stream().limit(SHOWN).forEach(item -> {
            var entry = new ListItem(getTranslation("transfer.kind." + item.kind()) + " " + item.code());
            if (fields) {
                var changes = new UnorderedList();
                changes.addClassName("manage-transfer__fields");
                item.fields().forEach(c -> changes.add(new ListItem(change(c))));
                entry.add(changes);
            }
            list.add(entry);
        });
        if (items.size() > SHOWN) {
            list.add(new ListItem(getTranslation("manage.decision.more", items.size() - SHOWN)));
        }
        add(list);
    }

    private String change(ItemSnapshot.Change c) {
        return c.field() + ": " + shorten(c.before()) + " → " + shorten(c.after());
    }

    private String shorten(String value) {
        if (value.isEmpty()) {
            return "—";
        }
        return value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    private UnorderedList bookings(List<FutureBookings.Affected> affected) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        var list = new UnorderedList();
        list.addClassName("manage-affected");
        affected.stream().limit(SHOWN).forEach(a -> list.add(new ListItem(when.format(a.startsAt()) + " · "
                + a.referenceCode() + " · " + (a.guestFirstName() == null ? "" : a.guestFirstName()))));
        if (affected.size() > SHOWN) {
            list.add(new ListItem(getTranslation("manage.decision.more", affected.size() - SHOWN)));
        }
        return list;
    }
}
