package org.helpline.attachments;

/** The file types the support regulations allow, with what we tell others about each. */
enum FileType {
    PNG(FileKind.IMAGE, "image/png", "png"),
    JPEG(FileKind.IMAGE, "image/jpeg", "jpg"),
    GIF(FileKind.IMAGE, "image/gif", "gif"),
    BMP(FileKind.IMAGE, "image/bmp", "bmp"),
    TIFF(FileKind.IMAGE, "image/tiff", "tiff"),
    WEBP(FileKind.IMAGE, "image/webp", "webp"),
    PDF(FileKind.DOCUMENT, "application/pdf", "pdf"),
    DOC(FileKind.DOCUMENT, "application/msword", "doc"),
    DOCX(FileKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT(FileKind.DOCUMENT, "application/vnd.oasis.opendocument.text", "odt"),
    ZIP(FileKind.DOCUMENT, "application/zip", "zip"),
    SEVEN_ZIP(FileKind.DOCUMENT, "application/x-7z-compressed", "7z"),
    RAR(FileKind.DOCUMENT, "application/vnd.rar", "rar");

    final FileKind kind;
    final String contentType;
    final String extension;

    FileType(FileKind kind, String contentType, String extension) {
        this.kind = kind;
        this.contentType = contentType;
        this.extension = extension;
    }
}
