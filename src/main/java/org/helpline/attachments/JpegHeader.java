package org.helpline.attachments;

/** Walks a JPEG's marker segments (APPn, DQT, DHT, ...) to the first frame header (SOFn) and reads its size. */
final class JpegHeader {

    private JpegHeader() {
    }

    static Dimensions read(ByteReader jpeg) {
        long at = 2; // after SOI
        while (true) {
            if (jpeg.u8(at) != 0xFF) {
                throw new MalformedHeader("JPEG: no marker at offset " + at);
            }
            while (jpeg.u8(at) == 0xFF) {
                at++; // a marker may be preceded by any number of fill bytes
            }
            int marker = jpeg.u8(at++);
            if (isStandalone(marker)) {
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA || marker == 0x00) {
                throw new MalformedHeader("JPEG: no frame header before marker " + Integer.toHexString(marker));
            }
            int length = jpeg.u16be(at);
            if (length < 2) {
                throw new MalformedHeader("JPEG: segment length " + length);
            }
            if (isStartOfFrame(marker)) {
                // length, sample precision (1 byte), lines (height), samples per line (width)
                return Dimensions.of(jpeg.u16be(at + 5), jpeg.u16be(at + 3));
            }
            at += length;
        }
    }

    /** Markers without a length: TEM, RSTn and a repeated SOI. */
    private static boolean isStandalone(int marker) {
        return marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7);
    }

    /** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
