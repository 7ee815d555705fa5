package org.helpline.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.attachments.SampleFiles.ascii;
import static org.helpline.attachments.SampleFiles.entries;
import static org.helpline.attachments.SampleFiles.withMagic;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

class AttachmentInspectorUnitTest {

    private final AttachmentInspector inspector = new AttachmentInspector(AttachmentSettings.defaults());

    @Nested
    class Images {

        static Stream<Arguments> imagesWrittenByImageIo() {
            return Stream.of(
                    Arguments.of("png", "image/png", "png"),
                    Arguments.of("jpeg", "image/jpeg", "jpg"),
                    Arguments.of("gif", "image/gif", "gif"),
                    Arguments.of("bmp", "image/bmp", "bmp"),
                    Arguments.of("tiff", "image/tiff", "tiff"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("imagesWrittenByImageIo")
        void acceptsRealImagesAndReadsTheirSizeFromTheHeader(String format, String contentType, String extension) {
            Inspection inspection = inspector.inspect(SampleFiles.image(format, 640, 360), "screenshot." + format);

            assertThat(inspection).isEqualTo(new Inspection(Verdict.ACCEPTED, FileKind.IMAGE, contentType,
                    extension, 640, 360, "screenshot." + extension));
            assertThat(inspection.accepted()).isTrue();
        }

        @ParameterizedTest(name = "{0}, LONG sizes: {1}")
        @CsvSource({"LITTLE_ENDIAN, false", "LITTLE_ENDIAN, true", "BIG_ENDIAN, false", "BIG_ENDIAN, true"})
        void readsTiffInBothByteOrdersWithShortOrLongSizes(String order, boolean longSizes) {
            ByteOrder byteOrder = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            long width = longSizes ? 70_000 : 60_000;

            assertThat(inspector.inspect(SampleFiles.tiff(byteOrder, longSizes, width, 300), "scan.tif"))
                    .isEqualTo(new Inspection(Verdict.ACCEPTED, FileKind.IMAGE, "image/tiff", "tiff",
                            (int) width, 300, "scan.tiff"));
        }

        @Test
        void readsJpegSizePastExifSegmentsAndFillBytes() {
            byte[] jpeg = SampleFiles.image("jpeg", 123, 45);
            byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0x00, 0x0A, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', (byte) 0xFF, (byte) 0xFF};
            byte[] withExif = new byte[jpeg.length + exif.length];
            System.arraycopy(jpeg, 0, withExif, 0, 2);
            System.arraycopy(exif, 0, withExif, 2, exif.length);
            System.arraycopy(jpeg, 2, withExif, 2 + exif.length, jpeg.length - 2);

            assertThat(inspector.inspect(withExif, "IMG_0001.JPG"))
                    .returns(Verdict.ACCEPTED, Inspection::verdict)
                    .returns(123, Inspection::width)
                    .returns(45, Inspection::height)
                    .returns("IMG_0001.jpg", Inspection::safeFilename);
        }

        static Stream<Arguments> webpFlavours() {
            return Stream.of(
                    Arguments.of("VP8 (lossy)", SampleFiles.webpLossy(1024, 768)),
                    Arguments.of("VP8L (lossless)", SampleFiles.webpLossless(1024, 768)),
                    Arguments.of("VP8X (extended)", SampleFiles.webpExtended(1024, 768)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("webpFlavours")
        void readsAllThreeWebpHeaders(String flavour, byte[] webp) {
            assertThat(inspector.inspect(webp, "sticker.webp")).isEqualTo(new Inspection(Verdict.ACCEPTED,
                    FileKind.IMAGE, "image/webp", "webp", 1024, 768, "sticker.webp"));
        }

        @Test
        void refusesADecompressionBombFromItsHeaderAlone() {
            byte[] bomb = SampleFiles.pngClaiming(30_000, 30_000);
            assertThat(bomb.length).isLessThan(1024);

            Inspection inspection = inspector.inspect(bomb, "cute-cat.png");

            assertThat(inspection).isEqualTo(new Inspection(Verdict.TOO_MANY_PIXELS, FileKind.IMAGE, "image/png",
                    "png", 30_000, 30_000, "cute-cat.png"));
            assertThat(inspection.accepted()).isFalse();
        }

        @Test
        void refusesAHugeExtendedWebpCanvas() {
            assertThat(inspector.inspect(SampleFiles.webpExtended(16_384, 16_384), "x.webp").verdict())
                    .isEqualTo(Verdict.TOO_MANY_PIXELS);
        }

        @Test
        void pixelLimitIsInclusive() {
            var limited = new AttachmentInspector(new AttachmentSettings(null, 100 * 100));

            assertThat(limited.inspect(SampleFiles.pngClaiming(100, 100), "a.png").verdict())
                    .isEqualTo(Verdict.ACCEPTED);
            assertThat(limited.inspect(SampleFiles.pngClaiming(100, 101), "a.png").verdict())
                    .isEqualTo(Verdict.TOO_MANY_PIXELS);
        }

        static Stream<Arguments> corruptImages() {
            byte[] png = SampleFiles.image("png", 10, 10);
            byte[] badCrc = png.clone();
            badCrc[17] ^= 0x01; // width changed, IHDR checksum no longer matches
            byte[] jpeg = SampleFiles.image("jpeg", 10, 10);
            return Stream.of(
                    Arguments.of("PNG signature only", Arrays.copyOf(png, 8)),
                    Arguments.of("PNG with a damaged IHDR", badCrc),
                    Arguments.of("PNG claiming 0 pixels wide", SampleFiles.pngClaiming(0, 10)),
                    Arguments.of("PNG claiming a negative width", SampleFiles.pngClaiming(0x8000_0000L, 10)),
                    Arguments.of("JPEG cut before its frame header", Arrays.copyOf(jpeg, 30)),
                    Arguments.of("JPEG ending right after SOI", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}),
                    Arguments.of("GIF cut in its header", ascii("GIF89a\u0001")),
                    Arguments.of("TIFF without size tags", withMagic(new int[] {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0}, 16)),
                    Arguments.of("TIFF pointing past its end", withMagic(new int[] {'M', 'M', 0, 42, 0x7F, 0, 0, 0}, 16)),
                    Arguments.of("WebP with an unknown chunk", SampleFiles.riffWebp("ALPH", new byte[16])),
                    Arguments.of("WebP VP8 without start code", SampleFiles.riffWebp("VP8 ", new byte[16])));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("corruptImages")
        void refusesImagesWhoseHeaderCannotBeRead(String what, byte[] bytes) {
            Inspection inspection = inspector.inspect(bytes, "picture");

            assertThat(inspection.verdict()).isEqualTo(Verdict.CORRUPT_IMAGE);
            assertThat(inspection.kind()).isEqualTo(FileKind.IMAGE);
            assertThat(inspection.width()).isZero();
            assertThat(inspection.safeFilename()).isEqualTo("picture." + inspection.extension());
        }
    }

    @Nested
    class Documents {

        static Stream<Arguments> documents() {
            return Stream.of(
                    Arguments.of(withMagic(new int[] {'%', 'P', 'D', 'F', '-', '1', '.', '7'}, 200),
                            "application/pdf", "pdf"),
                    Arguments.of(withMagic(new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, 512),
                            "application/msword", "doc"),
                    Arguments.of(SampleFiles.docx(),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
                    Arguments.of(SampleFiles.odt("application/vnd.oasis.opendocument.text"),
                            "application/vnd.oasis.opendocument.text", "odt"),
                    Arguments.of(SampleFiles.zip(entries("logs/app.log", "ERROR boom", "readme.txt", "hi")),
                            "application/zip", "zip"),
                    Arguments.of(withMagic(new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4}, 64),
                            "application/x-7z-compressed", "7z"),
                    Arguments.of(withMagic(new int[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00}, 64),
                            "application/vnd.rar", "rar"),
                    Arguments.of(withMagic(new int[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x00}, 64),
                            "application/vnd.rar", "rar"));
        }

        @ParameterizedTest(name = "{2}")
        @MethodSource("documents")
        void acceptsTheRegulationsDocumentTypes(byte[] bytes, String contentType, String extension) {
            assertThat(inspector.inspect(bytes, "Договор №5.bin")).isEqualTo(new Inspection(Verdict.ACCEPTED,
                    FileKind.DOCUMENT, contentType, extension, 0, 0, "Договор №5." + extension));
        }

        @Test
        void otherOpenDocumentTypesAndMisplacedMimetypesAreJustZips() {
            byte[] spreadsheet = SampleFiles.odt("application/vnd.oasis.opendocument.spreadsheet");
            byte[] mimetypeNotFirst = SampleFiles.storedZip(entries(
                    "content.xml", "<x/>", "mimetype", "application/vnd.oasis.opendocument.text"));

            assertThat(inspector.inspect(spreadsheet, "budget.ods").extension()).isEqualTo("zip");
            assertThat(inspector.inspect(mimetypeNotFirst, "letter.odt").extension()).isEqualTo("zip");
        }

        @Test
        void findsWordEntriesEvenWhenTheCentralDirectoryIsCutOff() {
            byte[] docx = SampleFiles.storedZip(entries(
                    "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
            byte[] truncated = Arrays.copyOf(docx, docx.length - 30);

            assertThat(inspector.inspect(truncated, "cv.docx").extension()).isEqualTo("docx");
        }

        @Test
        void aDocxRenamedToPdfIsStillADocx() {
            assertThat(inspector.inspect(SampleFiles.docx(), "invoice.pdf"))
                    .returns(Verdict.ACCEPTED, Inspection::verdict)
                    .returns("docx", Inspection::extension)
                    .returns("invoice.docx", Inspection::safeFilename);
        }
    }

    @Nested
    class Refusals {

        static Stream<Arguments> unsupported() {
            return Stream.of(
                    Arguments.of("plain text", ascii("Hello, my printer is broken")),
                    Arguments.of("HTML", ascii("<!DOCTYPE html><html><script>alert(1)</script></html>")),
                    Arguments.of("SVG", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                    Arguments.of("shell script", ascii("#!/bin/sh\nrm -rf /\n")),
                    Arguments.of("Windows executable", withMagic(new int[] {'M', 'Z', 0x90, 0}, 256)),
                    Arguments.of("ELF executable", withMagic(new int[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 256)),
                    Arguments.of("text starting with BM", ascii("BMW owners club: meeting minutes")),
                    Arguments.of("RIFF audio", withMagic(new int[] {'R', 'I', 'F', 'F', 0, 1, 0, 0, 'W', 'A', 'V', 'E'}, 64)),
                    Arguments.of("HEIC photo", withMagic(new int[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 64)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("unsupported")
        void refusesEverythingElseWhateverItsName(String what, byte[] bytes) {
            assertThat(inspector.inspect(bytes, "photo.png")).isEqualTo(new Inspection(Verdict.UNSUPPORTED_TYPE,
                    FileKind.NONE, "application/octet-stream", "", 0, 0, "photo.png"));
        }

        @Test
        void aPngRenamedToExeIsAcceptedAsPng() {
            assertThat(inspector.inspect(SampleFiles.image("png", 8, 8), "setup.exe"))
                    .returns(Verdict.ACCEPTED, Inspection::verdict)
                    .returns("image/png", Inspection::contentType)
                    .returns("setup.png", Inspection::safeFilename);
        }

        @Test
        void refusesEmptyFiles() {
            assertThat(inspector.inspect(new byte[0], "empty.png").verdict()).isEqualTo(Verdict.EMPTY);
            assertThat(inspector.inspect(null, null))
                    .isEqualTo(new Inspection(Verdict.EMPTY, FileKind.NONE, "application/octet-stream", "", 0, 0,
                            "attachment"));
        }

        @Test
        void acceptsExactlyTheSizeLimitAndRefusesOneByteMore() {
            int limit = (int) DataSize.ofMegabytes(5).toBytes();
            int[] pdf = {'%', 'P', 'D', 'F', '-'};

            assertThat(inspector.inspect(withMagic(pdf, limit), "big.pdf").verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(inspector.inspect(withMagic(pdf, limit + 1), "big.pdf"))
                    .isEqualTo(new Inspection(Verdict.TOO_LARGE, FileKind.NONE, "application/octet-stream", "", 0, 0,
                            "big.pdf"));
        }

        @Test
        void checksSizeBeforeLookingAtTheBytes() {
            var tiny = new AttachmentInspector(new AttachmentSettings(DataSize.ofBytes(32), 0));
            byte[] bomb = SampleFiles.pngClaiming(30_000, 30_000);
            byte[] garbage = new byte[33];

            assertThat(tiny.inspect(bomb, "bomb.png").verdict()).isEqualTo(Verdict.TOO_LARGE);
            assertThat(tiny.inspect(garbage, "x").verdict()).isEqualTo(Verdict.TOO_LARGE);
        }
    }
}
