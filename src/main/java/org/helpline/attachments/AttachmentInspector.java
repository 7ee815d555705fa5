package org.helpline.attachments;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Judges a client's file by its bytes, never by its name: a PNG named {@code .exe} is a PNG and is
 * accepted (saved as {@code .png}); an executable named {@code .png} is refused.
 *
 * <p>Checks, in order: size against {@link AttachmentSettings#maxSize()} (before looking at any byte), empty,
 * type by magic bytes, and for images the header's {@code width * height} against
 * {@link AttachmentSettings#maxPixels()}. Image pixels are never decoded and archives never extracted, so
 * a decompression bomb is refused in the time it takes to read its header. Thread-safe.
 */
@Service
class AttachmentInspector {

    private final AttachmentSettings settings;

    AttachmentInspector(AttachmentSettings settings) {
        this.settings = settings;
    }

    /**
     * Judges a file by its bytes (the name only supplies a fallback file name). Never decodes pixels.
     *
     * @param bytes        the whole file; {@code null} counts as empty
     * @param declaredName the name the client gave it, may be {@code null}; used only for
     *                     {@link Inspection#safeFilename()}
     */
    Inspection inspect(byte[] bytes, String declaredName) {
        long size = bytes == null ? 0 : bytes.length;
        if (size > settings.maxSize().toBytes()) {
            return refused(Verdict.TOO_LARGE, declaredName);
        }
        if (size == 0) {
            return refused(Verdict.EMPTY, declaredName);
        }
        ByteReader reader = new ByteReader(bytes);
        Optional<FileType> detected = TypeSniffer.detect(reader);
        if (detected.isEmpty()) {
            return refused(Verdict.UNSUPPORTED_TYPE, declaredName);
        }
        FileType type = detected.get();
        String safeFilename = SafeFilenames.withExtension(declaredName, type.extension);
        if (type.kind != FileKind.IMAGE) {
            return new Inspection(Verdict.ACCEPTED, type.kind, type.contentType, type.extension, 0, 0, safeFilename);
        }
        Dimensions dimensions;
        try {
            dimensions = ImageHeaders.read(type, reader);
        } catch (MalformedHeader corrupt) {
            return new Inspection(Verdict.CORRUPT_IMAGE, type.kind, type.contentType, type.extension, 0, 0,
                    safeFilename);
        }
        Verdict verdict = dimensions.pixels() > settings.maxPixels() ? Verdict.TOO_MANY_PIXELS : Verdict.ACCEPTED;
        return new Inspection(verdict, type.kind, type.contentType, type.extension,
                dimensions.width(), dimensions.height(), safeFilename);
    }

    /** The verdict on a file known to be above the size limit without its bytes (a channel declared its size). */
    Inspection tooLarge(String declaredName) {
        return refused(Verdict.TOO_LARGE, declaredName);
    }

    private static Inspection refused(Verdict verdict, String declaredName) {
        return new Inspection(verdict, FileKind.NONE, Inspection.UNKNOWN_CONTENT_TYPE, "", 0, 0,
                SafeFilenames.keepingExtension(declaredName));
    }
}
