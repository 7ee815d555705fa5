package org.helpline.console;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session outlives the account's state: once an admin disables an account (or it is gone), its sessions still
 * open end at their next request — the page's calls get 401, a page goes to the login form. Registered on the
 * console's paths only, after Spring Security has said who is asking; sessions are per instance, the account's
 * state is the store's, so this holds on every instance.
 */
@Component
class DisabledAccountSessions extends FilterRegistrationBean<OncePerRequestFilter> {

    DisabledAccountSessions(Accounts accounts) {
        super(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication who = SecurityContextHolder.getContext().getAuthentication();
                boolean loggedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
                if (loggedIn && accounts.find(who.getName()).filter(account -> !account.disabled()).isEmpty()) {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    SecurityContextHolder.clearContext();
                    if (request.getRequestURI().startsWith("/console/api/")) {
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        response.sendRedirect(ConsoleSecurity.LOGIN_PAGE);
                    }
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        setUrlPatterns(List.of("/console/*"));
        setOrder(0); // after Spring Security's filter (-100), which has loaded the session's login by then
    }
}
