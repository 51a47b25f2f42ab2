package com.spakiosk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.base.ResourceVersion;
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.AddOnForm;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.transfer.ImportProblem.ItemKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of the whole menu and screening on the real database: a round trip into an
 * empty spa, the spa's own export as "nothing to change", refusals that write nothing, and an
 * import that is refused halfway undoing what it had written.
 */
@SpringTest
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class MenuTransferTest {

    @Autowired MenuTransfer transfer;
    @Autowired TreatmentEditor treatments;
    @Autowired AddOnEditor addOns;
    @Autowired MenuService menu;
    @Autowired ResourceVersion resourceVersion;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_spas_own_export_imported_again_changes_nothing() {
        var before = MenuTables.contents(jdbc);
        ImportCheck check = transfer.check(transfer.exportJson());

        assertThat(check.problems()).isEmpty();
        assertThat(check.summary().nothingToChange()).isTrue();
        transfer.apply(check, BookingsDecision.KEEP);
        assertThat(MenuTables.contents(jdbc)).isEqualTo(before);
    }

    @Test
    @Transactional // rolled back: the empty spa exists only in this test
    void an_export_imported_into_an_empty_spa_creates_everything_and_exports_the_same_document() {
        putTheDemosOffGridAddOnsOnTheGrid();
        MenuDocument exported = transfer.export();
        byte[] json = transfer.exportJson();
        MenuTables.empty(jdbc);
        long version = resourceVersion.current();

        ImportCheck check = transfer.check(json);
        assertThat(check.problems()).isEmpty();
        assertThat(check.summary().created()).hasSize(exported.treatments().size() + exported.addOns().size()
                + exported.questions().size());
        assertThat(check.summary().changed()).isEmpty();
        assertThat(check.summary().retired()).isEmpty();
        transfer.apply(check, BookingsDecision.KEEP);

        assertThat(transfer.export()).isEqualTo(exported);
        assertThat(new String(transfer.exportJson(), StandardCharsets.UTF_8))
                .isEqualTo(new String(json, StandardCharsets.UTF_8));
        assertThat(resourceVersion.current()).isGreaterThan(version);
        assertThat(jdbc.queryForObject("select count(distinct changed_by) from menu_change", String.class))
                .isEqualTo("1");
        assertThat(jdbc.queryForObject("select max(changed_by) from menu_change", String.class))
                .isEqualTo("mia.manager");
    }

    /** The demo's soak and compress take 10 minutes, from before the grid rule; a new add-on must be on the grid. */
    private void putTheDemosOffGridAddOnsOnTheGrid() {
        for (String code : List.of("FOOT_SOAK", "HERBAL_COMPRESS")) {
            long id = menu.findAddOn(code).orElseThrow().getId();
            var edit = addOns.addOn(id);
            AddOnForm f = edit.form();
            addOns.update(id, edit.version(), new AddOnForm(f.code(), f.texts(), f.price(), 15, f.placement(),
                    f.equipmentTypeId(), f.equipmentUnits(), f.bodyAreas()));
        }
    }

    @Test
    void a_document_in_another_currency_is_refused_and_changes_nothing() {
        var before = MenuTables.contents(jdbc);
        String json = new String(transfer.exportJson(), StandardCharsets.UTF_8)
                .replace("\"currency\" : \"EUR\"", "\"currency\" : \"CHF\"");

        ImportCheck check = transfer.check(json.getBytes(StandardCharsets.UTF_8));

        assertThat(check.problems()).extracting(p -> p.problem().messageKey()).containsExactly("transfer.problem.currency");
        assertThat(check.problems().getFirst().problem().args()).containsExactly("CHF", "EUR");
        assertThatThrownBy(() -> transfer.apply(check, BookingsDecision.KEEP)).isInstanceOf(ImportRefusedException.class);
        assertThat(MenuTables.contents(jdbc)).isEqualTo(before);
    }

    @Test
    void a_bad_document_lists_every_problem_and_changes_nothing() {
        var before = MenuTables.contents(jdbc);
        String json = new String(transfer.exportJson(), StandardCharsets.UTF_8)
                .replace("\"price\" : 9.00", "\"price\" : -9.00")            // aromatherapy
                .replace("\"equipment\" : \"FOOT_BATH\"", "\"equipment\" : \"JACUZZI\"")
                .replace("\"code\" : \"PREVENTIVE\"", "\"code\" : \"THERAPEUTIC\"")
                .replace("\"minutes\" : 45", "\"minutes\" : 50");

        ImportCheck check = transfer.check(json.getBytes(StandardCharsets.UTF_8));

        assertThat(check.problems()).extracting(p -> p.kind() + " " + p.code() + " " + p.problem().field() + " "
                        + p.problem().messageKey())
                .contains("ADD_ON AROMATHERAPY price manage.problem.pricePositive",
                        "ADD_ON FOOT_SOAK equipment transfer.problem.equipment",
                        "TREATMENT THERAPEUTIC code transfer.problem.duplicate",
                        "TREATMENT RELAXING_FOOT variant.minutes manage.problem.minutesGrid");
        assertThatThrownBy(() -> transfer.apply(check, BookingsDecision.KEEP)).isInstanceOf(ImportRefusedException.class);
        assertThat(MenuTables.contents(jdbc)).isEqualTo(before);
    }

    @Test
    void what_is_not_a_menu_document_is_refused_with_where_it_went_wrong() {
        assertThat(transfer.check("{\"kind\": \"spa-kiosk-menu\", \"format\": 1,".getBytes(StandardCharsets.UTF_8))
                .problems()).extracting(p -> p.problem().messageKey()).containsExactly("transfer.problem.unreadable");
        assertThat(transfer.check("{\"kind\": \"spa-kiosk-menu\", \"format\": 1, \"treatments\": [{\"category\": \"SAUNA\"}]}"
                .getBytes(StandardCharsets.UTF_8)).problems()).extracting(p -> p.problem().field(),
                        p -> p.problem().messageKey())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("treatments[0].category", "transfer.problem.value"));
        assertThat(transfer.check("{\"kind\": \"spa-kiosk-menu\", \"format\": 2}".getBytes(StandardCharsets.UTF_8))
                .problems()).extracting(p -> p.problem().messageKey()).containsExactly("transfer.problem.format");
        assertThat(transfer.check("[1, 2]".getBytes(StandardCharsets.UTF_8)).problems()).isNotEmpty();
    }

    @Test
    void an_import_refused_halfway_undoes_what_it_had_written() {
        var before = MenuTables.contents(jdbc);
        MenuDocument exported = transfer.export();
        // A new price for the first treatment (written first), and hot stones taking both heaters.
        var first = exported.treatments().getFirst();
        var cheaper = new MenuDocument.TreatmentEntry(first.code(), first.category(), first.kioskOrder(), first.active(),
                first.kioskVisible(), first.bodyAreas(), first.texts(), first.variants().stream()
                .map(v -> new MenuDocument.VariantEntry(v.minutes(), v.price().add(BigDecimal.ONE), v.retired())).toList(),
                first.steps());
        var changed = new MenuDocument(exported.kind(), exported.format(), exported.currency(),
                exported.treatments().stream().map(t -> t.code().equals(first.code()) ? cheaper : t).toList(),
                exported.addOns().stream().map(a -> !a.code().equals("HOT_STONES") ? a : new MenuDocument.AddOnEntry(
                        a.code(), a.kioskOrder(), a.active(), a.texts(), a.price(), a.extraMinutes(), a.placement(),
                        a.equipment(), 2, a.bodyAreas(), a.options(), a.treatments())).toList(),
                exported.questions());
        ImportCheck check = transfer.check(MenuDocumentJson.write(changed));
        assertThat(check.problems()).isEmpty();
        assertThat(check.summary().changed()).extracting(ImportSummary.ItemChange::code)
                .containsExactly(first.code(), "HOT_STONES");

        // Meanwhile the spa sells a stone heater: hot stones can no longer take two.
        jdbc.update("update equipment_type set quantity = 1 where code = 'STONE_HEATER'");
        try {
            assertThatThrownBy(() -> transfer.apply(check, BookingsDecision.KEEP))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.kind() + " " + p.code() + " " + p.problem().messageKey())
                            .containsExactly("ADD_ON HOT_STONES manage.addOns.problem.unitsMore"));
        } finally {
            jdbc.update("update equipment_type set quantity = 2 where code = 'STONE_HEATER'");
        }
        assertThat(MenuTables.contents(jdbc)).isEqualTo(before);
    }

    @Test
    void an_import_after_someone_changed_the_menu_is_refused_naming_who() {
        long id = menu.findTreatment("PREVENTIVE").orElseThrow().getId();
        var edit = treatments.treatment(id);
        var variant = edit.variants().getFirst();
        String json = new String(transfer.exportJson(), StandardCharsets.UTF_8);
        ImportCheck check = transfer.check(json.replace("\"kioskVisible\" : true", "\"kioskVisible\" : false")
                .getBytes(StandardCharsets.UTF_8));
        treatments.changePrice(id, edit.version(), variant.id(), variant.price().amount().add(BigDecimal.ONE));
        try {
            assertThatThrownBy(() -> transfer.apply(check, BookingsDecision.KEEP))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.kind() + " " + p.code() + " " + p.problem().messageKey())
                            .containsExactly(ItemKind.TREATMENT + " PREVENTIVE manage.problem.stale"));
        } finally {
            treatments.changePrice(id, treatments.treatment(id).version(), variant.id(), variant.price().amount());
        }
    }
}
