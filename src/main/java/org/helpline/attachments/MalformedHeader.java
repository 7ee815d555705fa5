package org.helpline.attachments;

/** A header that does not follow its format (truncated, impossible values); ends as {@link Verdict#CORRUPT_IMAGE}. */
final class MalformedHeader extends RuntimeException {

    MalformedHeader(String message) {
        super(message, null, false, false);
    }
}
