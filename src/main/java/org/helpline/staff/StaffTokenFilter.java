package org.helpline.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.helpline.api.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Lets a staff request through only with {@code Authorization: Bearer <token>}; everything else is untouched. */
class StaffTokenFilter extends OncePerRequestFilter {

    private final StaffSettings settings;
    private final ApiErrors errors;
    private final JsonMapper json;

    StaffTokenFilter(StaffSettings settings, ApiErrors errors, JsonMapper json) {
        this.settings = settings;
        this.errors = errors;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!settings.enabled()) {
            refuse(response, errors.problem(HttpStatus.FORBIDDEN, "staff_api_disabled", errors.language(request), Map.of()));
            return;
        }
        String header = request.getHeader("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), settings.token().getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(response, errors.problem(HttpStatus.UNAUTHORIZED, "unauthorized", errors.language(request), Map.of()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Before any controller, so the API's error handler cannot answer: the same problem detail, written here. */
    private void refuse(HttpServletResponse response, ProblemDetail body) throws IOException {
        response.setStatus(body.getStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }
}
