package org.helpline.attachments;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Bounds-checked reads of fixed-width numbers from a file's bytes. Any read past the end throws
 * {@link MalformedHeader}, so header readers can be written straight from the format's layout.
 */
final class ByteReader {

    private final byte[] bytes;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    boolean has(long offset, long count) {
        return offset >= 0 && count >= 0 && offset + count <= bytes.length;
    }

    /** Whether the bytes at {@code offset} are exactly {@code expected}; false (not an error) when too short. */
    boolean matches(long offset, int... expected) {
        if (!has(offset, expected.length)) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[(int) offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes at {@code offset} are the ASCII text {@code expected}; false when too short. */
    boolean matches(long offset, String expected) {
        return matches(offset, expected.chars().toArray());
    }

    String ascii(long offset, int count) {
        check(offset, count);
        return new String(bytes, (int) offset, count, StandardCharsets.ISO_8859_1);
    }

    int u8(long offset) {
        check(offset, 1);
        return bytes[(int) offset] & 0xFF;
    }

    int u16be(long offset) {
        return u8(offset) << 8 | u8(offset + 1);
    }

    int u16le(long offset) {
        return u8(offset) | u8(offset + 1) << 8;
    }

    int u24le(long offset) {
        return u16le(offset) | u8(offset + 2) << 16;
    }

    long u32be(long offset) {
        return (long) u16be(offset) << 16 | u16be(offset + 2);
    }

    long u32le(long offset) {
        return u16le(offset) | (long) u16le(offset + 2) << 16;
    }

    int u16(long offset, boolean bigEndian) {
        return bigEndian ? u16be(offset) : u16le(offset);
    }

    long u32(long offset, boolean bigEndian) {
        return bigEndian ? u32be(offset) : u32le(offset);
    }

    /** The CRC-32 (as in PNG and ZIP) of {@code count} bytes at {@code offset}. */
    long crc32(long offset, int count) {
        check(offset, count);
        CRC32 crc = new CRC32();
        crc.update(bytes, (int) offset, count);
        return crc.getValue();
    }

    private void check(long offset, int count) {
        if (!has(offset, count)) {
            throw new MalformedHeader("needs " + count + " byte(s) at offset " + offset + " of " + bytes.length);
        }
    }
}
