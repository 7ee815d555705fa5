package org.helpline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The company's clients as a CSV of {@code contract,surname} lines, when one is configured; without one,
 * any well-formed contract is accepted. Surnames compare without case and with ё read as е.
 */
@Component
public class ClientRegister {

    private final Set<String> pairs;

    ClientRegister(IntakeSettings settings) {
        this.pairs = settings.clientRegister() == null ? null : read(settings);
    }

    public boolean configured() {
        return pairs != null;
    }

    /** How many contract and surname pairs were read (0 without a register). */
    public int size() {
        return pairs == null ? 0 : pairs.size();
    }

    boolean matches(String contract, String surname) {
        return pairs == null || pairs.contains(key(contract, surname));
    }

    private static Set<String> read(IntakeSettings settings) {
        Set<String> read = new HashSet<>();
        try {
            for (String line : Files.readAllLines(settings.clientRegister(), StandardCharsets.UTF_8)) {
                String[] cells = line.split("[,;]");
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    read.add(key(cells[0], cells[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the client register " + settings.clientRegister(), e);
        }
        return read;
    }

    private static String key(String contract, String surname) {
        return CleanText.line(contract).toUpperCase(Locale.ROOT) + "\u0000"
                + CleanText.line(surname).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
