package org.helpline.channels.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@code multipart/form-data} upload as the fake Bot API reads it: the text fields and the one file. */
public record Multipart(ObjectNode fields, String filename, byte[] bytes) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    public static Multipart read(InputStream in, String contentType) throws IOException {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IOException("No boundary in " + contentType);
        }
        byte[] body = in.readAllBytes();
        // ISO-8859-1 maps bytes to chars one to one, so offsets in the string are offsets in the bytes.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        ObjectNode fields = new ObjectMapper().createObjectNode();
        String filename = null;
        byte[] file = null;
        int start = text.indexOf(delimiter);
        while (start >= 0) {
            int headersStart = start + delimiter.length() + 2;
            int next = text.indexOf("\r\n" + delimiter, headersStart);
            if (next < 0) {
                break;
            }
            int contentStart = text.indexOf("\r\n\r\n", headersStart) + 4;
            String headers = text.substring(headersStart, contentStart);
            Matcher name = NAME.matcher(headers);
            Matcher partFile = FILENAME.matcher(headers);
            if (partFile.find()) {
                filename = new String(partFile.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                file = Arrays.copyOfRange(body, contentStart, next);
            } else if (name.find()) {
                fields.put(name.group(1), new String(Arrays.copyOfRange(body, contentStart, next), StandardCharsets.UTF_8));
            }
            start = next + 2;
        }
        return new Multipart(fields, filename, file);
    }
}
