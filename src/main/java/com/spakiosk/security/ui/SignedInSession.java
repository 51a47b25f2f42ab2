package com.spakiosk.security.ui;

import com.spakiosk.security.StaffAccountService;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The signed-in staff member's session, as the password pages need it. */
final class SignedInSession {

    private SignedInSession() {
    }

    /** Whether a manager chose this session's password, so that its owner must choose their own first. */
    static boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(StaffAccountService.PASSWORD_CHANGE_REQUIRED::equals);
    }

    /**
     * After the owner chose their own password: the session no longer carries the requirement,
     * kept in the HTTP session too, so that the next request sees it (the session is not signed in again).
     */
    static void passwordChanged() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !mustChangePassword()) {
            return;
        }
        var authorities = auth.getAuthorities().stream()
                .filter(a -> !StaffAccountService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority())).toList();
        var updated = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
        updated.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
