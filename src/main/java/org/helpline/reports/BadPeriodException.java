package org.helpline.reports;

import java.util.Map;

/** The period asked for cannot be read; {@code code} names the error text ({@code errors.<code>}) to answer with. */
class BadPeriodException extends RuntimeException {

    private final String code;
    private final Map<String, ?> args;

    BadPeriodException(String code, Map<String, ?> args) {
        super(code + " " + args);
        this.code = code;
        this.args = args;
    }

    String code() {
        return code;
    }

    Map<String, ?> args() {
        return args;
    }
}
