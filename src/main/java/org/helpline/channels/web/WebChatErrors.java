package org.helpline.channels.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiError;
import org.helpline.api.ApiErrors;
import org.helpline.conversation.ConversationBusyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals particular to the web chat; bad input in general is answered by the API-wide handlers, and all in the client's language. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = WebChatController.class)
class WebChatErrors {

    private final ApiErrors errors;

    WebChatErrors(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(WebChatException.class)
    ResponseEntity<ApiError> refused(WebChatException e, HttpServletRequest request) {
        return errors.answer(e.status, e.code, e.lang != null ? e.lang : errors.language(request), e.args);
    }

    @ExceptionHandler(ConversationBusyException.class)
    ResponseEntity<ApiError> busy(HttpServletRequest request) {
        return errors.answer(HttpStatus.SERVICE_UNAVAILABLE, "busy", errors.language(request), Map.of());
    }
}
