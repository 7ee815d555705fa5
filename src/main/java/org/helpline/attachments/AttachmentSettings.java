package org.helpline.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for client attachments ({@code helpline.attachments.*}).
 *
 * @param maxSize   largest file accepted, inclusive; unset means 5 MB
 * @param maxPixels largest {@code width * height} an image may claim in its header, inclusive; unset or 0
 *                  means 40,000,000
 */
@ConfigurationProperties("helpline.attachments")
public record AttachmentSettings(DataSize maxSize, long maxPixels) {

    static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(5);
    static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    public AttachmentSettings {
        maxSize = maxSize == null ? DEFAULT_MAX_SIZE : maxSize;
        maxPixels = maxPixels == 0 ? DEFAULT_MAX_PIXELS : maxPixels;
        if (maxSize.isNegative()) {
            throw new IllegalArgumentException("helpline.attachments.max-size must not be negative: " + maxSize);
        }
        if (maxPixels < 0) {
            throw new IllegalArgumentException("helpline.attachments.max-pixels must not be negative: " + maxPixels);
        }
    }

    /** The defaults, for code and tests that build an inspector without Spring. */
    public static AttachmentSettings defaults() {
        return new AttachmentSettings(null, 0);
    }
}
