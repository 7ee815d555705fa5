package org.helpline.attachments;

import java.io.InputStream;

/** A stored file's content, read from the attachment store. */
public record StoredFile(AttachmentRef ref, InputStream content) {
}
