package org.helpline.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Real bytes of every kind of file the inspector meets, built in memory. */
final class SampleFiles {

    private SampleFiles() {
    }

    // ---- images written by javax.imageio ----------------------------------------------------------------

    /** {@code format} is an ImageIO writer name: png, jpeg, gif, bmp, tiff. */
    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    // ---- images crafted by hand -------------------------------------------------------------------------

    /**
     * A valid PNG whose IHDR claims {@code width x height} RGB pixels, with a tiny IDAT: decoding it would
     * allocate gigabytes, reading its header costs nothing.
     */
    static byte[] pngClaiming(long width, long height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt((int) width).putInt((int) height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] idat = new byte[256];
        idat = Arrays.copyOf(idat, deflater.deflate(idat));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.writeBytes(pngChunk("IHDR", ihdr.array()));
        png.writeBytes(pngChunk("IDAT", idat));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A lossy WebP key frame header (VP8) of the given size, with a few bytes of "frame data". */
    static byte[] webpLossy(int width, int height) {
        ByteBuffer vp8 = le(10 + 8)
                .put((byte) 0x50).put((byte) 0x01).put((byte) 0x00) // frame tag: key frame, shown
                .put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A)
                .putShort((short) width).putShort((short) height);
        return riffWebp("VP8 ", vp8.array());
    }

    /** A lossless WebP header (VP8L): signature, 14-bit width-1 and height-1. */
    static byte[] webpLossless(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        return riffWebp("VP8L", le(5 + 8).put((byte) 0x2F).putInt(bits).array());
    }

    /** An extended WebP header (VP8X): flags, reserved, 24-bit canvas width-1 and height-1. */
    static byte[] webpExtended(int width, int height) {
        ByteBuffer vp8x = le(10).put((byte) 0).put(new byte[3]);
        put24(vp8x, width - 1);
        put24(vp8x, height - 1);
        return riffWebp("VP8X", vp8x.array());
    }

    static byte[] riffWebp(String chunk, byte[] data) {
        return le(20 + data.length).put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + data.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk.getBytes(StandardCharsets.US_ASCII))
                .putInt(data.length).put(data).array();
    }

    /**
     * A minimal TIFF (the writer in javax.imageio only writes big-endian) whose IFD0 holds ImageWidth and
     * ImageLength as SHORT (type 3) or LONG (type 4) values.
     */
    static byte[] tiff(ByteOrder order, boolean longSizes, long width, long height) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 3 * 12 + 4).order(order);
        tiff.put(order == ByteOrder.BIG_ENDIAN ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'});
        tiff.putShort((short) 42).putInt(8).putShort((short) 3);
        tiff.putShort((short) 254).putShort((short) 4).putInt(1).putInt(0); // NewSubfileType
        tiffSize(tiff, 256, longSizes, width);                             // ImageWidth
        tiffSize(tiff, 257, longSizes, height);                            // ImageLength
        tiff.putInt(0);
        return tiff.array();
    }

    private static void tiffSize(ByteBuffer tiff, int tag, boolean longSize, long value) {
        tiff.putShort((short) tag).putShort((short) (longSize ? 4 : 3)).putInt(1);
        if (longSize) {
            tiff.putInt((int) value);
        } else {
            tiff.putShort((short) value).putShort((short) 0);
        }
    }

    // ---- documents --------------------------------------------------------------------------------------

    /** A ZIP written by java.util.zip (deflated entries, sizes in data descriptors). */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP whose entries are all stored (sizes in the local headers), as ODF requires for {@code mimetype}. */
    static byte[] storedZip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                byte[] data = entry.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry stored = new ZipEntry(entry.getKey());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                stored.setCrc(crc.getValue());
                zip.putNextEntry(stored);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] docx() {
        return zip(entries(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document><w:body><w:p/></w:body></w:document>"));
    }

    static byte[] odt(String mimetype) {
        return storedZip(entries(
                "mimetype", mimetype,
                "META-INF/manifest.xml", "<manifest:manifest/>",
                "content.xml", "<office:document-content/>"));
    }

    static Map<String, String> entries(String... namesAndContents) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return entries;
    }

    /** {@code magic} followed by filler, as far as the inspector looks at such files. */
    static byte[] withMagic(int[] magic, int totalLength) {
        byte[] bytes = new byte[totalLength];
        for (int i = 0; i < magic.length; i++) {
            bytes[i] = (byte) magic[i];
        }
        for (int i = magic.length; i < totalLength; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ByteBuffer le(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void put24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }
}
