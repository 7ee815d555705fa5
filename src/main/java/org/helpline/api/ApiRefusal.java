package org.helpline.api;

import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

/**
 * How the API answers another module's exception, declared as a bean by the module that lets it reach its
 * controllers, so the one error handler answers it without knowing the type. The text is {@code errors.<code>}
 * in the request's language.
 */
public record ApiRefusal(Class<? extends RuntimeException> type, HttpStatus status, String code,
                         Function<RuntimeException, Map<String, ?>> args) {

    public static <E extends RuntimeException> ApiRefusal of(Class<E> type, HttpStatus status, String code,
                                                             Function<E, Map<String, ?>> args) {
        return new ApiRefusal(type, status, code, refused -> args.apply(type.cast(refused)));
    }

    public static ApiRefusal of(Class<? extends RuntimeException> type, HttpStatus status, String code) {
        return new ApiRefusal(type, status, code, refused -> Map.of());
    }
}
