package org.helpline.tickets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the editors' holidays file: one date a line as {@code YYYY-MM-DD}, optionally followed by {@code #} and a
 * comment; blank lines and lines starting with {@code #} are ignored. A line that is not that stops the reading
 * with a message naming the file, the line number and the line.
 */
final class HolidaysFile {

    private HolidaysFile() {
    }

    static Set<LocalDate> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException missing) {
            throw new IllegalStateException("The holidays file " + file + " is missing: create it (it may be empty) "
                    + "or point helpline.business-hours.holidays-file (HELPLINE_BUSINESSHOURS_HOLIDAYSFILE) to it");
        } catch (MalformedInputException notUtf8) {
            throw new IllegalStateException("The holidays file " + file + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("The holidays file " + file + " cannot be read", e);
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf('#');
            String date = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (date.startsWith("\uFEFF")) {
                date = date.substring(1).strip();
            }
            if (date.isEmpty()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException notADate) {
                throw new IllegalStateException("The holidays file " + file + ", line " + (i + 1) + ": \"" + line.strip()
                        + "\" is not a date. Write one date a line as YYYY-MM-DD (e.g. 2027-01-08), optionally followed by # and a comment");
            }
        }
        return Set.copyOf(dates);
    }
}
