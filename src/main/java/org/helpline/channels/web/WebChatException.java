package org.helpline.channels.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** A web-chat request refused with a status, an error code and the language to explain it in. */
class WebChatException extends RuntimeException {

    final HttpStatus status;
    final String code;
    final String lang;
    final Map<String, ?> args;

    WebChatException(HttpStatus status, String code, String lang, Map<String, ?> args) {
        super(code);
        this.status = status;
        this.code = code;
        this.lang = lang;
        this.args = args;
    }

    WebChatException(HttpStatus status, String code, String lang) {
        this(status, code, lang, Map.of());
    }
}
