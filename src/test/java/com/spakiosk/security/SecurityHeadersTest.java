package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import jakarta.servlet.Filter;

/** Every response carries the security headers, the kiosk and the sign-in page included (point 10). */
@SpringTest
class SecurityHeadersTest {

    /** Spring Security's whole filter chain; Vaadin's servlet behind it is measured with curl (README). */
    @Autowired @Qualifier("springSecurityFilterChain") Filter security;
    @Autowired Environment environment;

    @Test
    void the_kiosk_page_carries_every_security_header() throws Exception {
        expectSecurityHeaders(get("/"));
    }

    @Test
    void the_sign_in_page_cannot_be_framed_and_carries_every_security_header() throws Exception {
        expectSecurityHeaders(get("/login"));
    }

    @Test
    void the_content_security_policy_allows_only_our_own_origin_and_no_framing() {
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("*")
                .doesNotContain("http:").doesNotContain("https:");
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_heartbeats_not_counting_and_the_cookie_is_same_site_lax() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
    }

    @Test
    void forwarded_headers_are_trusted_from_no_proxy_unless_one_is_named() {
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
    }

    private MockHttpServletResponse get(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        security.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static void expectSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo(SecurityConfiguration.PERMISSIONS_POLICY);
    }
}
