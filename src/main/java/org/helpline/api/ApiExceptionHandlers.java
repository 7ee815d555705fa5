package org.helpline.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.attachments.AttachmentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Bad input anywhere in the HTTP API gets {@code {"error","message"}} in the caller's language, never a 500 page. */
@RestControllerAdvice
class ApiExceptionHandlers {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandlers.class);

    private final ApiErrors errors;
    private final AttachmentSettings attachments;

    ApiExceptionHandlers(ApiErrors errors, AttachmentSettings attachments) {
        this.errors = errors;
        this.attachments = attachments;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(HttpServletRequest request) {
        return errors.answer(HttpStatus.PAYLOAD_TOO_LARGE, "too_large", errors.language(request),
                Map.of("max_mb", attachments.maxSize().toMegabytes()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            MultipartException.class})
    ResponseEntity<ApiError> unreadable(HttpServletRequest request) {
        return errors.answer(HttpStatus.BAD_REQUEST, "bad_request", errors.language(request), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongMediaType(HttpServletRequest request) {
        return errors.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_type", errors.language(request), Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpServletRequest request) {
        return errors.answer(HttpStatus.METHOD_NOT_ALLOWED, "bad_request", errors.language(request), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(HttpServletRequest request) {
        return errors.answer(HttpStatus.NOT_FOUND, "not_found", errors.language(request), Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failed(Exception e, HttpServletRequest request) {
        log.error("Request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return errors.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", errors.language(request), Map.of());
    }
}
