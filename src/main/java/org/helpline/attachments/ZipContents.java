package org.helpline.attachments;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a DOCX or an ODT from a plain ZIP by reading the archive's headers only: entry names come from the
 * central directory (or, failing that, the local headers), and nothing is ever decompressed, so a zip
 * bomb costs no more than its own bytes.
 */
final class ZipContents {

    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final int LOCAL_HEADER = 30;
    private static final int CENTRAL_HEADER = 46;
    private static final int END_OF_CENTRAL_DIRECTORY = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int MAX_ENTRIES = 0xFFFF;

    private ZipContents() {
    }

    /** The bytes start with a local file header; which of the ZIP-based types are they? */
    static FileType classify(ByteReader zip) {
        if (startsWithOdtMimetype(zip)) {
            return FileType.ODT;
        }
        for (String name : entryNames(zip)) {
            if (name.startsWith("word/")) {
                return FileType.DOCX;
            }
        }
        return FileType.ZIP;
    }

    /** ODF requires the first entry to be an uncompressed {@code mimetype} holding the document's type. */
    private static boolean startsWithOdtMimetype(ByteReader zip) {
        try {
            int method = zip.u16le(8);
            long size = zip.u32le(18);
            int nameLength = zip.u16le(26);
            int extraLength = zip.u16le(28);
            return method == 0
                    && size == ODT_MIMETYPE.length()
                    && zip.ascii(LOCAL_HEADER, nameLength).equals("mimetype")
                    && zip.matches(LOCAL_HEADER + nameLength + extraLength, ODT_MIMETYPE);
        } catch (MalformedHeader truncated) {
            return false;
        }
    }

    /** Entry names as raw bytes read as ISO-8859-1: enough to compare with ASCII prefixes. */
    private static List<String> entryNames(ByteReader zip) {
        List<String> names = new ArrayList<>();
        try {
            long directory = centralDirectoryOffset(zip);
            if (directory >= 0) {
                readCentralDirectory(zip, directory, names);
                return names;
            }
            readLocalHeaders(zip, names);
        } catch (MalformedHeader truncated) {
            // keep the names read before the damage
        }
        return names;
    }

    private static long centralDirectoryOffset(ByteReader zip) {
        long last = zip.length() - END_OF_CENTRAL_DIRECTORY;
        long first = Math.max(0, last - MAX_COMMENT);
        for (long at = last; at >= first; at--) {
            if (zip.matches(at, 'P', 'K', 0x05, 0x06)) {
                long offset = zip.u32le(at + 16);
                return zip.matches(offset, 'P', 'K', 0x01, 0x02) ? offset : -1;
            }
        }
        return -1;
    }

    private static void readCentralDirectory(ByteReader zip, long at, List<String> names) {
        while (names.size() < MAX_ENTRIES && zip.matches(at, 'P', 'K', 0x01, 0x02)) {
            int nameLength = zip.u16le(at + 28);
            int extraLength = zip.u16le(at + 30);
            int commentLength = zip.u16le(at + 32);
            names.add(zip.ascii(at + CENTRAL_HEADER, nameLength));
            at += CENTRAL_HEADER + nameLength + extraLength + commentLength;
        }
    }

    /** Without a usable central directory; stops where an entry's size is only given after its data. */
    private static void readLocalHeaders(ByteReader zip, List<String> names) {
        long at = 0;
        while (names.size() < MAX_ENTRIES && zip.matches(at, 'P', 'K', 0x03, 0x04)) {
            int flags = zip.u16le(at + 6);
            long compressedSize = zip.u32le(at + 18);
            int nameLength = zip.u16le(at + 26);
            int extraLength = zip.u16le(at + 28);
            names.add(zip.ascii(at + LOCAL_HEADER, nameLength));
            boolean sizeFollowsData = (flags & 0x08) != 0;
            if (sizeFollowsData && compressedSize == 0) {
                return;
            }
            at += LOCAL_HEADER + nameLength + extraLength + compressedSize;
        }
    }
}
