package org.helpline.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * What every simulated client answers. The web walk sends it and the raw store writes it, so both phases store
 * the same data.
 */
final class SampleClient {

    static final String DESCRIPTION = "Не работает почта в Outlook, ошибка 0x800CCC0E при отправке";
    static final String NAME = "Иванова Анна Сергеевна";
    static final String CONTRACT = "Д-20417";
    static final String PHONE = "+7 912 345-67-89";
    /** {@link #PHONE} as the intake stores it. */
    static final String PHONE_STORED = "+79123456789";
    static final String SCREENSHOT_NAME = "screen.png";
    /** A valid 1x1 RGBA PNG, built here so that no file has to ship with the load generator. */
    static final byte[] SCREENSHOT = png();

    private SampleClient() {
    }

    private static byte[] png() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.writeBytes(chunk("IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}));
        png.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, (byte) 0xf8, (byte) 0xcf, (byte) 0xc0,
                (byte) 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, (byte) 0xff}));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(bigEndian(data.length));
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(bigEndian((int) crc.getValue()));
        return out.toByteArray();
    }

    private static byte[] bigEndian(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
