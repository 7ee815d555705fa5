package org.helpline.console;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Logins, session cookies and CSRF for {@code /console/**} and nothing else: the web chat, the knowledge base
 * and health stay open, and the staff API keeps its bearer token ({@code staff.StaffTokenFilter}). Being the
 * only filter chain (and {@link Accounts} the only user store), it also keeps Spring Boot from adding its
 * default chain and generated password.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

    static final String LOGIN_PAGE = "/console/login";

    @Bean
    SecurityFilterChain consoleChain(HttpSecurity http, DeniedPage denied) throws Exception {
        http.securityMatcher("/console/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/console/console.css").permitAll()
                        .requestMatchers(AccountPages.ADMINS_ONLY).hasRole(Role.ADMIN.name())
                        .requestMatchers("/console/audit", "/console/api/audit")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/console/editing", "/console/editing/**", "/console/api/editing/**")
                        .hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/console/api/me", "/console/console.js").authenticated()
                        .anyRequest().hasAnyRole(Role.ENGINEER.name(), Role.LEAD.name(), Role.ADMIN.name()))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .successHandler(landing()).failureHandler(refusedLogin()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(strangers()).accessDeniedHandler(denied));
        return http.build();
    }

    /** An editor starts on the editors' pages (the queue is not theirs), everyone else on the queue. */
    private static AuthenticationSuccessHandler landing() {
        SimpleUrlAuthenticationSuccessHandler queue = new SimpleUrlAuthenticationSuccessHandler("/console/");
        queue.setAlwaysUseDefaultTargetUrl(true);
        SimpleUrlAuthenticationSuccessHandler editing = new SimpleUrlAuthenticationSuccessHandler("/console/editing/");
        editing.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> (authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + Role.EDITOR.name())) ? editing : queue)
                .onAuthenticationSuccess(request, response, authentication);
    }

    /** A refused login goes back to the form, saying whether the password was wrong or the account is locked. */
    private static AuthenticationFailureHandler refusedLogin() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error");
        AuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?locked");
        return (request, response, e) -> (e instanceof LockedException ? locked : wrong).onAuthenticationFailure(request, response, e);
    }

    /** A stranger's page goes to the login form; the page's own calls get a plain 401 to act on. */
    private static AuthenticationEntryPoint strangers() {
        RequestMatcher pageCalls = PathPatternRequestMatcher.pathPattern("/console/api/**");
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint loginForm = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        return (request, response, e) -> (pageCalls.matches(request) ? unauthorized : loginForm).commence(request, response, e);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Boot maps Spring Security's filter onto every path; even with no chain matching it would still judge every
     * request (its firewall refuses some URLs the app answers today) and touch every response. Mapped onto the
     * console's paths only, every other path behaves exactly as before.
     */
    @Bean
    static BeanPostProcessor securityFilterOnConsolePathsOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration) {
                    registration.setUrlPatterns(List.of("/console/*"));
                }
                return bean;
            }
        };
    }
}
