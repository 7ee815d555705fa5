package org.helpline.dialogs;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support line every text that names it gives clients: {@code {phone}} ({@code HELPLINE_SUPPORT_PHONE}) and
 * {@code {hours}}, when it answers, per language ({@code HELPLINE_SUPPORT_HOURS_RU}, {@code _EN}). The defaults
 * are placeholders a company replaces: {@link #DEFAULT_PHONE} is warned about at start-up.
 */
@ConfigurationProperties("helpline.support")
public record SupportSettings(String phone, Map<String, String> hours) {

    public static final String DEFAULT_PHONE = "+7 (800) 000-00-00";

    public SupportSettings {
        phone = phone == null || phone.isBlank() ? DEFAULT_PHONE : phone.strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (digits < 3 || digits > 15 || !phone.matches("[+\\d\\s()\\-.]+")) {
            throw new IllegalArgumentException("HELPLINE_SUPPORT_PHONE '" + phone
                    + "' is not a phone number: digits with +, spaces, brackets or dashes, e.g. +7 (495) 123-45-67");
        }
        hours = hours == null ? Map.of() : Map.copyOf(hours);
    }

    /** Whether clients are still given the placeholder number. */
    public boolean defaultPhone() {
        return DEFAULT_PHONE.equals(phone);
    }

    /** The placeholders every dialog text may use, in {@code language}. */
    Map<String, String> placeholders(String language, String defaultLanguage) {
        String open = hours.getOrDefault(language, hours.getOrDefault(defaultLanguage, ""));
        return Map.of("phone", phone, "hours", open);
    }
}
