package org.helpline.attachments;

/**
 * Reads an image's width and height from its header, never its pixels: a file claiming 30000x30000 costs a
 * few dozen byte reads. PNG, GIF and BMP keep their size at fixed offsets and are read here; JPEG, TIFF
 * and WebP need a short walk and have their own readers.
 */
final class ImageHeaders {

    private ImageHeaders() {
    }

    /**
     * @throws MalformedHeader when the header is truncated or states an impossible size
     * @throws IllegalArgumentException when {@code type} is not an image type
     */
    static Dimensions read(FileType type, ByteReader image) {
        return switch (type) {
            case PNG -> png(image);
            case JPEG -> JpegHeader.read(image);
            case GIF -> gif(image);
            case BMP -> bmp(image);
            case TIFF -> TiffHeader.read(image);
            case WEBP -> WebpHeader.read(image);
            default -> throw new IllegalArgumentException(type + " is not an image");
        };
    }

    /** The first chunk must be a 13-byte IHDR whose CRC matches; width and height are its first fields. */
    private static Dimensions png(ByteReader png) {
        if (png.u32be(8) != 13 || !png.matches(12, "IHDR")) {
            throw new MalformedHeader("PNG does not start with an IHDR chunk");
        }
        if (png.crc32(12, 4 + 13) != png.u32be(29)) {
            throw new MalformedHeader("PNG IHDR checksum mismatch");
        }
        return Dimensions.of(png.u32be(16), png.u32be(20));
    }

    /** The logical screen size follows the 6-byte signature, little-endian. */
    private static Dimensions gif(ByteReader gif) {
        return Dimensions.of(gif.u16le(6), gif.u16le(8));
    }

    /** OS/2 core headers (12 bytes) hold 16-bit sizes; later ones signed 32-bit, negative height = top-down. */
    private static Dimensions bmp(ByteReader bmp) {
        if (bmp.u32le(14) == 12) {
            return Dimensions.of(bmp.u16le(18), bmp.u16le(20));
        }
        int width = (int) bmp.u32le(18);
        int height = (int) bmp.u32le(22);
        if (height == Integer.MIN_VALUE) {
            throw new MalformedHeader("BMP height out of range");
        }
        return new Dimensions(width, Math.abs(height));
    }
}
