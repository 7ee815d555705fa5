package org.helpline.attachments;

/** Reads ImageWidth (256) and ImageLength (257) from a TIFF's first IFD, as SHORT or LONG, in either byte order. */
final class TiffHeader {

    private static final int IMAGE_WIDTH = 256;
    private static final int IMAGE_LENGTH = 257;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int ENTRY_SIZE = 12;

    private TiffHeader() {
    }

    static Dimensions read(ByteReader tiff) {
        boolean bigEndian = tiff.matches(0, "MM");
        long ifd = tiff.u32(4, bigEndian);
        if (ifd < 8) {
            throw new MalformedHeader("TIFF: first IFD at offset " + ifd);
        }
        int entries = tiff.u16(ifd, bigEndian);
        long width = -1;
        long height = -1;
        for (int i = 0; i < entries && (width < 0 || height < 0); i++) {
            long entry = ifd + 2 + (long) i * ENTRY_SIZE;
            int tag = tiff.u16(entry, bigEndian);
            if (tag == IMAGE_WIDTH) {
                width = value(tiff, entry, bigEndian);
            } else if (tag == IMAGE_LENGTH) {
                height = value(tiff, entry, bigEndian);
            }
        }
        if (width < 0 || height < 0) {
            throw new MalformedHeader("TIFF: first IFD lacks ImageWidth or ImageLength");
        }
        return Dimensions.of(width, height);
    }

    /** A single SHORT or LONG sits left-justified in the entry's 4-byte value field. */
    private static long value(ByteReader tiff, long entry, boolean bigEndian) {
        int type = tiff.u16(entry + 2, bigEndian);
        long count = tiff.u32(entry + 4, bigEndian);
        if (count != 1) {
            throw new MalformedHeader("TIFF: size tag with " + count + " values");
        }
        return switch (type) {
            case SHORT -> tiff.u16(entry + 8, bigEndian);
            case LONG -> tiff.u32(entry + 8, bigEndian);
            default -> throw new MalformedHeader("TIFF: size tag of type " + type);
        };
    }
}
