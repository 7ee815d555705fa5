package org.helpline.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.dialogs.Dialogs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the API's error answers: a problem detail (RFC 9457: {@code type}, {@code title}, {@code status},
 * {@code detail}) with two members of our own that clients and the web chat read, {@code error} (a stable code for
 * programs) and {@code message} (the sentence for people, also the {@code detail}). The sentence is the editors'
 * text, {@code errors.<code>} in the dialog files unless another is named, in the caller's language: the
 * conversation's, else the request's Accept-Language, else the default. Served as {@code application/json}, the
 * type every client of ours has always read.
 */
@Component
public class ApiErrors {

    static final List<String> CODES = List.of("not_found", "malformed_id", "bad_request", "empty_message",
            "too_large", "message_too_large", "unsupported_type", "rate_limited", "unsupported_language", "internal",
            "unauthorized", "staff_api_disabled", "ticket_not_found", "attachment_not_found", "busy", "ticket_conflict",
            "blank_field", "unknown_priority", "blank_query", "article_not_found");

    private final Dialogs dialogs;

    ApiErrors(Dialogs dialogs) {
        this.dialogs = dialogs;
        dialogs.require(CODES.stream().map(code -> "errors." + code).toList());
    }

    public ResponseEntity<ProblemDetail> answer(HttpStatus status, String code, String lang, Map<String, ?> args) {
        return answer(problem(status, code, lang, args));
    }

    /** A problem as the answer, for one that carries more members than the code and the message. */
    public ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_JSON).body(problem);
    }

    /** The problem {@code code}, explained by its text {@code errors.<code>}. */
    public ProblemDetail problem(HttpStatus status, String code, String lang, Map<String, ?> args) {
        return problem(status, code, dialogs.texts(lang).get("errors." + code, args));
    }

    /** The problem {@code code}, explained by a sentence the caller has worded. */
    public ProblemDetail problem(HttpStatus status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setProperty("error", code);
        problem.setProperty("message", message);
        return problem;
    }

    ProblemDetail problem(ApiException refused, HttpServletRequest request) {
        String lang = refused.lang != null ? refused.lang : language(request);
        return problem(refused.status, refused.code, dialogs.texts(lang).get(refused.text, refused.args));
    }

    /** The language to answer a request in when no conversation says which. */
    public String language(HttpServletRequest request) {
        return dialogs.language(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
