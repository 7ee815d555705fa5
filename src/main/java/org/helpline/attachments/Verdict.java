package org.helpline.attachments;

/** What {@link AttachmentInspector} decided about a file; only {@link #ACCEPTED} may be stored. */
enum Verdict {
    ACCEPTED,
    /** No bytes at all. */
    EMPTY,
    /** More bytes than {@link AttachmentSettings#maxSize()}; checked before anything else. */
    TOO_LARGE,
    /** The bytes are none of the supported images or documents, whatever the file's name says. */
    UNSUPPORTED_TYPE,
    /** An image whose header claims more than {@link AttachmentSettings#maxPixels()} pixels. */
    TOO_MANY_PIXELS,
    /** The bytes start like a supported image, but its header cannot be read. */
    CORRUPT_IMAGE
}
