package org.helpline.attachments;

/**
 * Reads the canvas size from the first chunk after {@code RIFF....WEBP}: lossy {@code VP8 }, lossless
 * {@code VP8L} or extended {@code VP8X}.
 */
final class WebpHeader {

    private static final int CHUNK_TYPE = 12;
    private static final int CHUNK_DATA = 20;

    private WebpHeader() {
    }

    static Dimensions read(ByteReader webp) {
        String chunk = webp.ascii(CHUNK_TYPE, 4);
        return switch (chunk) {
            case "VP8 " -> lossy(webp, CHUNK_DATA);
            case "VP8L" -> lossless(webp, CHUNK_DATA);
            case "VP8X" -> extended(webp, CHUNK_DATA);
            default -> throw new MalformedHeader("WebP: unknown first chunk " + chunk);
        };
    }

    /** A key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height (2 scale bits each). */
    private static Dimensions lossy(ByteReader webp, long data) {
        if ((webp.u8(data) & 1) != 0 || !webp.matches(data + 3, 0x9D, 0x01, 0x2A)) {
            throw new MalformedHeader("WebP: VP8 chunk does not start with a key frame");
        }
        return Dimensions.of(webp.u16le(data + 6) & 0x3FFF, webp.u16le(data + 8) & 0x3FFF);
    }

    /** Signature 0x2F, then width-1 and height-1 as 14-bit fields, little-endian. */
    private static Dimensions lossless(ByteReader webp, long data) {
        if (webp.u8(data) != 0x2F) {
            throw new MalformedHeader("WebP: VP8L chunk without its signature");
        }
        long bits = webp.u32le(data + 1);
        return Dimensions.of((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }

    /** Flags (1 byte), reserved (3), canvas width-1 and height-1 as 24-bit little-endian. */
    private static Dimensions extended(ByteReader webp, long data) {
        return Dimensions.of(webp.u24le(data + 4) + 1L, webp.u24le(data + 7) + 1L);
    }
}
