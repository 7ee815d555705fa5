package org.helpline.intake;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The intake's rules. {@code contractPattern} is what a contract number looks like (by default letters,
 * digits, "-" and "/" with at least one digit); {@code clientRegister}, when set, is a CSV of contract number
 * and surname that every client must match, with {@code registerTries} attempts.
 */
@ConfigurationProperties("helpline.intake")
public record IntakeSettings(int minDescription, int maxDescription, Pattern contractPattern, Path clientRegister,
                             int registerTries) {

    public IntakeSettings {
        minDescription = minDescription <= 0 ? 20 : minDescription;
        maxDescription = maxDescription <= 0 ? 4000 : maxDescription;
        contractPattern = contractPattern == null
                ? Pattern.compile("(?=.*\\p{N})[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)*")
                : contractPattern;
        registerTries = registerTries <= 0 ? 3 : registerTries;
        clientRegister = clientRegister == null || clientRegister.toString().isBlank() ? null : clientRegister;
    }
}
