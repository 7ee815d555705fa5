package org.helpline.attachments;

import java.util.Optional;

/** Recognises the supported file types by their leading bytes ("magic"); the file's name plays no part. */
final class TypeSniffer {

    /** BMP's "BM" is too short to trust alone; its DIB header sizes (core, v2..v5) make it a real signature. */
    private static final long[] BMP_DIB_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124};

    private TypeSniffer() {
    }

    static Optional<FileType> detect(ByteReader bytes) {
        if (bytes.matches(0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(FileType.PNG);
        }
        if (bytes.matches(0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(FileType.JPEG);
        }
        if (bytes.matches(0, "GIF87a") || bytes.matches(0, "GIF89a")) {
            return Optional.of(FileType.GIF);
        }
        if (isBmp(bytes)) {
            return Optional.of(FileType.BMP);
        }
        if (bytes.matches(0, 'I', 'I', 0x2A, 0x00) || bytes.matches(0, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(FileType.TIFF);
        }
        if (bytes.matches(0, "RIFF") && bytes.matches(8, "WEBP")) {
            return Optional.of(FileType.WEBP);
        }
        if (bytes.matches(0, "%PDF-")) {
            return Optional.of(FileType.PDF);
        }
        if (bytes.matches(0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(FileType.DOC);
        }
        if (bytes.matches(0, 'P', 'K', 0x03, 0x04)) {
            return Optional.of(ZipContents.classify(bytes));
        }
        if (bytes.matches(0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Optional.of(FileType.SEVEN_ZIP);
        }
        if (bytes.matches(0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return Optional.of(FileType.RAR);
        }
        return Optional.empty();
    }

    private static boolean isBmp(ByteReader bytes) {
        if (!bytes.matches(0, "BM") || !bytes.has(14, 4)) {
            return false;
        }
        long dibHeaderSize = bytes.u32le(14);
        for (long size : BMP_DIB_HEADER_SIZES) {
            if (size == dibHeaderSize) {
                return true;
            }
        }
        return false;
    }
}
