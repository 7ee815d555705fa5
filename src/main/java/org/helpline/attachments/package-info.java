/**
 * Attachments: a client's file, judged by its bytes before anyone stores or opens it, then stored in GridFS.
 *
 * <p>The module's API is {@link org.helpline.attachments.ClientFiles} (judge, store, open, delete), the
 * {@link org.helpline.attachments.AttachmentRef} a stored file is known by, its
 * {@link org.helpline.attachments.StoredFile} content and {@link org.helpline.attachments.AttachmentSettings}.
 * Everything else here (the inspector, type sniffing, header readers, file name cleaning, the GridFS bucket)
 * is package-private, so nothing stores a file that was not judged.
 */
package org.helpline.attachments;
