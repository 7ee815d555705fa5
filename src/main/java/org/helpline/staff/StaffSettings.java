package org.helpline.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The staff API's bearer token ({@code HELPLINE_API_TOKEN}); without one the staff API is refused, never open. */
@ConfigurationProperties("helpline.api")
public record StaffSettings(String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
