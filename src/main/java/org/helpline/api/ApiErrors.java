package org.helpline.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.dialogs.Dialogs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds error answers whose message is the editors' text ({@code errors.<code>} in the dialog files) in the
 * caller's language: the conversation's, else the request's Accept-Language, else the default.
 */
@Component
public class ApiErrors {

    static final List<String> CODES = List.of("not_found", "malformed_id", "bad_request", "empty_message",
            "too_large", "message_too_large", "unsupported_type", "rate_limited", "unsupported_language", "internal",
            "unauthorized", "staff_api_disabled", "ticket_not_found", "attachment_not_found", "busy", "ticket_conflict",
            "blank_field", "unknown_priority");

    private final Dialogs dialogs;

    ApiErrors(Dialogs dialogs) {
        this.dialogs = dialogs;
        dialogs.require(CODES.stream().map(code -> "errors." + code).toList());
    }

    public ResponseEntity<ApiError> answer(HttpStatus status, String code, String lang, Map<String, ?> args) {
        return ResponseEntity.status(status).body(body(code, lang, args));
    }

    public ApiError body(String code, String lang, Map<String, ?> args) {
        return new ApiError(code, dialogs.texts(lang).get("errors." + code, args));
    }

    /** The language to answer a request in when no conversation says which. */
    public String language(HttpServletRequest request) {
        return dialogs.language(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
