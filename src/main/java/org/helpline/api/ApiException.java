package org.helpline.api;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request refused: thrown by a controller, answered by the API's one error handler with the status, the code and
 * the editors' text that explains it ({@code errors.<code>} unless another key is named), in {@code lang}, or in
 * the request's language when that is null.
 */
public class ApiException extends RuntimeException {

    final HttpStatus status;
    final String code;
    final String text;
    final String lang;
    final Map<String, ?> args;

    public ApiException(HttpStatus status, String code, String text, String lang, Map<String, ?> args) {
        super(code);
        this.status = status;
        this.code = code;
        this.text = text;
        this.lang = lang;
        this.args = args;
    }

    public ApiException(HttpStatus status, String code, String lang, Map<String, ?> args) {
        this(status, code, "errors." + code, lang, args);
    }

    public ApiException(HttpStatus status, String code, String lang) {
        this(status, code, lang, Map.of());
    }
}
