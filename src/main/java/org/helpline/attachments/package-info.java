/**
 * Attachments: judging a client's file by its bytes before anyone stores or opens it.
 *
 * <p>The module's API is this package's public types: {@link org.helpline.attachments.AttachmentInspector},
 * its {@link org.helpline.attachments.Inspection} result and {@link org.helpline.attachments.AttachmentSettings}.
 * Everything else here (type sniffing, header readers, file name cleaning) is package-private.
 */
package org.helpline.attachments;
