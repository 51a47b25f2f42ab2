package com.spakiosk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests on the real Spring context. The fake request reads the user from
 * Spring's security context, so {@code @WithMockUser} signs a test in.
 */
@SpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.spakiosk");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        signInThroughSpringSecurity();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /** Fake requests that carry whoever Spring's security context holds, with their roles. */
    public static void signInThroughSpringSecurity() {
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session) {
                @Override
                public java.security.Principal getUserPrincipal() {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null || !auth.isAuthenticated() ? null : auth;
                }
            };
            request.setUserInRole((principal, role) -> {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
