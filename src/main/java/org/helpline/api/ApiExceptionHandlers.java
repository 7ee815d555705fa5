package org.helpline.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.attachments.AttachmentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

/**
 * The API's one error handler: a refusal a controller throws ({@link ApiException}), another module's exception
 * it declared an {@link ApiRefusal} for, and bad input anywhere all get a problem detail with {@code error} and
 * {@code message} in the caller's language, never a 500 page.
 */
@RestControllerAdvice
class ApiExceptionHandlers {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandlers.class);

    private final ApiErrors errors;
    private final AttachmentSettings attachments;
    private final List<ApiRefusal> refusals;

    ApiExceptionHandlers(ApiErrors errors, AttachmentSettings attachments, List<ApiRefusal> refusals) {
        this.errors = errors;
        this.attachments = attachments;
        this.refusals = refusals;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        return errors.answer(errors.problem(e, request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return errors.answer(HttpStatus.PAYLOAD_TOO_LARGE, "too_large", errors.language(request),
                Map.of("max_mb", attachments.maxSize().toMegabytes()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            MultipartException.class})
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return errors.answer(HttpStatus.BAD_REQUEST, "bad_request", errors.language(request), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMediaType(HttpServletRequest request) {
        return errors.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_type", errors.language(request), Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpServletRequest request) {
        return errors.answer(HttpStatus.METHOD_NOT_ALLOWED, "bad_request", errors.language(request), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(HttpServletRequest request) {
        return errors.answer(HttpStatus.NOT_FOUND, "not_found", errors.language(request), Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) {
        for (ApiRefusal refusal : refusals) {
            if (refusal.type().isInstance(e)) {
                return errors.answer(refusal.status(), refusal.code(), errors.language(request),
                        refusal.args().apply((RuntimeException) e));
            }
        }
        log.error("Request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return errors.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", errors.language(request), Map.of());
    }
}
