package org.helpline.attachments;

/** A stored file: its id in the attachment store and what the bytes were found to be. */
public record AttachmentRef(String id, String filename, String contentType, long size, String sha256) {
}
