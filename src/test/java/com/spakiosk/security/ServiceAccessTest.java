package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.booking.BookingService;
import com.spakiosk.menu.MenuService;
import com.spakiosk.screening.ScreeningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The once unguarded public service methods now need a role (point 12; the rest are package-private). */
@SpringTest
class ServiceAccessTest {

    @Autowired BookingService bookings;
    @Autowired StaffAccountService accounts;
    @Autowired MenuService menu;
    @Autowired ScreeningService screening;

    @Test
    void an_anonymous_caller_cannot_learn_whether_an_account_exists_or_count_or_probe_bookings() {
        assertThatThrownBy(() -> accounts.exists("manager")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> bookings.countBookings()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> bookings.isReferenceCodeTaken("ABC123"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> menu.countTreatments()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> screening.countQuestions()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_front_desk_cannot_probe_accounts() {
        assertThatThrownBy(() -> accounts.exists("manager")).isInstanceOf(AccessDeniedException.class);
    }
}
