package com.spakiosk.menu;

import com.spakiosk.security.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The recorded changes of menu and screening items, for the editors of both features. */
@Component
public class MenuHistory {

    private final MenuChangeRepository changes;
    private final Clock clock;

    MenuHistory(MenuChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Records the fields that differ between the snapshots, by the signed-in manager, now; nothing if none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(MenuChange.Kind kind, long id, ItemSnapshot before, ItemSnapshot after) {
        List<ItemSnapshot.Change> diff = before.changesTo(after);
        if (!diff.isEmpty()) {
            changes.save(new MenuChange(kind, id, clock.instant(), Actor.required(), diff));
        }
    }

    /** An item's changes, newest first. */
    @Transactional(readOnly = true)
    public List<MenuChange> of(MenuChange.Kind kind, long id) {
        return changes.findByItemKindAndItemIdOrderByChangedAtDescIdDesc(kind, id);
    }

    /** A refusal for an edit made on an old copy, naming who changed the item last and when. */
    @Transactional(readOnly = true)
    public MenuEditException stale(MenuChange.Kind kind, long id) {
        return stale(kind, id, "manage.problem.stale", "manage.problem.staleUnknown");
    }

    /**
     * The same in an editor's own words: {@code key} with who and when ("{0} changed this add-on
     * ({1})"), or {@code unknownKey} when no change is recorded.
     */
    @Transactional(readOnly = true)
    public MenuEditException stale(MenuChange.Kind kind, long id, String key, String unknownKey) {
        Optional<MenuChange> last = changes.findFirstByItemKindAndItemIdOrderByChangedAtDescIdDesc(kind, id);
        return new MenuEditException(last.map(c -> FieldProblem.of("", key, c.getChangedBy(), c.getChangedAt()))
                .orElse(FieldProblem.of("", unknownKey)));
    }
}
