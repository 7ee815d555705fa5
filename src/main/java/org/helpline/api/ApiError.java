package org.helpline.api;

/** The body of every error the HTTP API answers: a stable code for programs and a sentence for people. */
public record ApiError(String error, String message) {
}
