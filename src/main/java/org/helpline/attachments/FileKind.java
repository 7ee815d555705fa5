package org.helpline.attachments;

/** The broad family of a detected file type. */
enum FileKind {
    /** PNG, JPEG, GIF, BMP, TIFF or WebP. */
    IMAGE,
    /** PDF, DOC, DOCX, ODT, ZIP, 7z or RAR. */
    DOCUMENT,
    /** Nothing supported was detected (or the file was not looked at: empty or too large). */
    NONE
}
