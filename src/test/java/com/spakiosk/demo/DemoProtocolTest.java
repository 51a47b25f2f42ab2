package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.ClientPosition;
import com.spakiosk.menu.MenuProtocolStep;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.staff.StaffService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's session protocols follow the domain texts: back surfaces lying on the stomach, front
 * surfaces on the back, the guest turned over as seldom as possible, calves worked seated where the
 * Foot lounge's reclining chairs offer the treatment, and the hip joint kept apart from the hips.
 */
@SpringTest
@WithMockUser(roles = "FRONT_DESK")
class DemoProtocolTest {

    @Autowired MenuService menu;
    @Autowired StaffService staff;

    List<MenuProtocolStep> protocol(String code) {
        return menu.protocol(treatment(code).id());
    }

    MenuTreatment treatment(String code) {
        return menu.activeMenu().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    static long turnovers(List<MenuProtocolStep> steps) {
        long turns = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).position() != steps.get(i - 1).position()) {
                turns++;
            }
        }
        return turns;
    }

    @Test
    void no_demo_guest_turns_over_more_than_once() {
        for (MenuTreatment t : menu.activeMenu()) {
            assertThat(turnovers(protocol(t.code()))).as(t.code()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void the_back_of_the_thigh_is_worked_lying_on_the_stomach_on_the_table() {
        for (String code : List.of("THERAPEUTIC", "ANTI_CELLULITE")) {
            var thigh = protocol(code).stream().filter(s -> s.area() == BodyArea.THIGH).toList();
            assertThat(thigh).extracting(MenuProtocolStep::title, MenuProtocolStep::position).as(code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Thigh, front and inner side", ClientPosition.LYING_ON_BACK),
                    org.assertj.core.groups.Tuple.tuple("Thigh, back", ClientPosition.LYING_ON_STOMACH));
        }
    }

    @Test
    @Transactional
    void every_treatment_of_the_foot_lounge_works_the_calf_seated_and_never_on_the_stomach() {
        var lounge = staff.activeRooms().stream().filter(r -> r.getCode().equals("FOOT_LOUNGE")).findFirst().orElseThrow();
        var served = menu.activeMenu().stream().filter(t -> lounge.suits(t.id())).toList();
        assertThat(served).extracting(MenuTreatment::code)
                .containsExactlyInAnyOrderElementsOf(DemoMenu.RECLINING_TREATMENTS);
        for (MenuTreatment t : served) {
            var steps = protocol(t.code());
            assertThat(steps).extracting(MenuProtocolStep::position).as(t.code())
                    .doesNotContain(ClientPosition.LYING_ON_STOMACH);
            assertThat(steps).filteredOn(s -> s.area() == BodyArea.CALF).as(t.code())
                    .allSatisfy(s -> assertThat(s.position()).isEqualTo(ClientPosition.SEATED));
        }
    }

    @Test
    void anti_cellulite_works_the_hips_and_the_classical_session_the_hip_joint() {
        assertThat(treatment("ANTI_CELLULITE").bodyAreas()).contains(BodyArea.HIPS).doesNotContain(BodyArea.HIP_JOINT);
        assertThat(protocol("ANTI_CELLULITE").getLast().area()).isEqualTo(BodyArea.HIPS);
        assertThat(treatment("THERAPEUTIC").bodyAreas()).contains(BodyArea.HIP_JOINT).doesNotContain(BodyArea.HIPS);
        assertThat(protocol("THERAPEUTIC")).extracting(MenuProtocolStep::area).contains(BodyArea.HIP_JOINT)
                .doesNotContain(BodyArea.HIPS);
    }
}
