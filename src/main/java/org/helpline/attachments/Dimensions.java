package org.helpline.attachments;

/** An image's size as its header states it; both sides at least 1. */
record Dimensions(int width, int height) {

    Dimensions {
        if (width <= 0 || height <= 0) {
            throw new MalformedHeader("impossible image size " + width + "x" + height);
        }
    }

    /** From unsigned header fields, which may not fit an {@code int}. */
    static Dimensions of(long width, long height) {
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new MalformedHeader("impossible image size " + width + "x" + height);
        }
        return new Dimensions((int) width, (int) height);
    }

    long pixels() {
        return (long) width * height;
    }
}
