package org.helpline.attachments;

import java.util.Objects;

/**
 * The result of {@link AttachmentInspector#inspect(byte[], String)}. No component is ever {@code null}.
 *
 * <ul>
 *   <li>When a supported type was detected ({@link Verdict#ACCEPTED}, {@link Verdict#TOO_MANY_PIXELS},
 *       {@link Verdict#CORRUPT_IMAGE}): {@code kind}, {@code contentType} and {@code extension} describe
 *       the detected type and {@code safeFilename} ends with that extension.</li>
 *   <li>Otherwise ({@link Verdict#EMPTY}, {@link Verdict#TOO_LARGE}, {@link Verdict#UNSUPPORTED_TYPE}):
 *       {@code kind} is {@link FileKind#NONE}, {@code contentType} is {@code application/octet-stream},
 *       {@code extension} is empty and {@code safeFilename} is the cleaned declared name (handy for an
 *       error message; never store a file under it).</li>
 *   <li>{@code width} and {@code height} are the image's header dimensions when they could be read
 *       (also for {@link Verdict#TOO_MANY_PIXELS}), else 0.</li>
 * </ul>
 *
 * @param verdict      the decision
 * @param kind         image, document or none
 * @param contentType  the MIME type of the detected type, e.g. {@code image/png}
 * @param extension    the canonical extension of the detected type without a dot, e.g. {@code png}
 * @param width        image width in pixels, 0 if not an image or unknown
 * @param height       image height in pixels, 0 if not an image or unknown
 * @param safeFilename a file name safe to show and to save under: no path, control or invisible
 *                     characters, at most 100 characters, extension matching the detected type
 */
record Inspection(Verdict verdict, FileKind kind, String contentType, String extension,
                         int width, int height, String safeFilename) {

    static final String UNKNOWN_CONTENT_TYPE = "application/octet-stream";

    Inspection {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(safeFilename, "safeFilename");
    }

    /** Whether the file may be stored and passed on. */
    boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
