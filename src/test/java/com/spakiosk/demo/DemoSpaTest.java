package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.OverlapQueries;
import com.spakiosk.SpringTest;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.menu.TreatmentCategory;
import com.spakiosk.screening.ContraindicationRule;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.screening.Verdict;
import com.spakiosk.staff.StaffService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The demo spa that a fresh embedded database starts with. */
@SpringTest
class DemoSpaTest {

    @Autowired MenuService menu;
    @Autowired ScreeningService screening;
    @Autowired StaffService staff;
    @Autowired DemoSpaLoader loader;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_menu_has_all_five_kinds_of_massage_with_30_45_and_60_minute_variants() {
        List<MenuTreatment> treatments = menu.activeMenu();
        assertThat(treatments).extracting(MenuTreatment::category).containsAll(List.of(TreatmentCategory.values()));
        assertThat(treatments).allSatisfy(t -> assertThat(t.variants())
                .extracting(MenuTreatment.MenuVariant::durationMinutes).contains(30, 45, 60));
    }

    @Test
    @Transactional
    void aromatherapy_offers_lavender_and_eucalyptus_and_goes_with_every_treatment() {
        var aroma = menu.findAddOn("AROMATHERAPY").orElseThrow();
        assertThat(aroma.getOptions()).extracting(o -> o.getCode()).contains("LAVENDER", "EUCALYPTUS");
        assertThat(aroma.getAllowedTreatments()).hasSize(menu.activeMenu().size());
    }

    @Test
    @Transactional
    void hot_stones_need_one_of_two_stone_heaters_and_the_soak_comes_before_the_massage() {
        var stones = menu.findAddOn("HOT_STONES").orElseThrow();
        Integer heaters = jdbc.queryForObject("select quantity from equipment_type where id = ?", Integer.class,
                stones.getEquipmentTypeId());
        assertThat(heaters).isEqualTo(2);
        assertThat(menu.findAddOn("FOOT_SOAK").orElseThrow().getPlacement()).isEqualTo(AddOnPlacement.BEFORE_MASSAGE);
        assertThat(menu.findAddOn("HERBAL_COMPRESS")).isPresent();
    }

    @Test
    void thrombosis_blocks_every_treatment() {
        ScreeningQuestion thrombosis = question("THROMBOSIS");
        assertThat(thrombosis.getRules()).anySatisfy(rule -> {
            assertThat(rule.getScope()).isEqualTo(RuleScope.EVERYTHING);
            assertThat(rule.getVerdict()).isEqualTo(Verdict.BLOCKED);
        });
    }

    @Test
    void skin_problems_on_the_legs_block_leg_work_and_the_soak_but_not_everything() {
        ScreeningQuestion legs = question("LEG_SKIN");
        assertThat(legs.getRules()).extracting(ContraindicationRule::getScope)
                .contains(RuleScope.BODY_AREA, RuleScope.ADD_ON).doesNotContain(RuleScope.EVERYTHING);
        long soak = menu.findAddOn("FOOT_SOAK").orElseThrow().getId();
        assertThat(legs.getRules()).anyMatch(r -> r.getAddOnId() != null && r.getAddOnId() == soak
                && r.getVerdict() == Verdict.BLOCKED);
    }

    @Test
    void blood_thinners_need_a_review_and_oil_allergy_or_heat_sensitivity_block_their_add_ons() {
        assertThat(question("BLOOD_THINNERS").getRules()).extracting(ContraindicationRule::getVerdict)
                .contains(Verdict.REVIEW);
        long aroma = menu.findAddOn("AROMATHERAPY").orElseThrow().getId();
        long stones = menu.findAddOn("HOT_STONES").orElseThrow().getId();
        assertThat(question("OIL_ALLERGY").getRules())
                .anyMatch(r -> Long.valueOf(aroma).equals(r.getAddOnId()) && r.getVerdict() == Verdict.BLOCKED);
        assertThat(question("HEAT_SENSITIVITY").getRules())
                .anyMatch(r -> Long.valueOf(stones).equals(r.getAddOnId()) && r.getVerdict() == Verdict.BLOCKED);
    }

    @Test
    void there_are_at_least_five_therapists_with_different_skills_and_three_rooms() {
        var therapists = staff.activeTherapists();
        assertThat(therapists).hasSizeGreaterThanOrEqualTo(5);
        assertThat(therapists.stream().map(t -> t.getSkills()).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(staff.activeRooms()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void demo_bookings_never_overlap_for_a_therapist_or_a_room() {
        Integer bookings = jdbc.queryForObject("select count(*) from booking", Integer.class);
        assertThat(bookings).isPositive();
        assertThat(jdbc.queryForObject(OverlapQueries.OVERLAPPING_PAIRS, Integer.class)).isZero();
    }

    @Test
    void demo_bookings_use_no_more_stone_heaters_than_exist() {
        assertThat(jdbc.queryForObject(OverlapQueries.OVERBOOKED_EQUIPMENT, Integer.class)).isZero();
    }

    @Test
    void the_loader_leaves_a_database_that_has_data_alone() {
        Integer before = jdbc.queryForObject("select count(*) from treatment", Integer.class);
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from treatment", Integer.class)).isEqualTo(before);
    }

    private ScreeningQuestion question(String code) {
        return screening.activeQuestions().stream().filter(q -> q.getCode().equals(code)).findFirst().orElseThrow();
    }
}
