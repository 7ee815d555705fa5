package org.helpline.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code HELPLINE_PUBLIC_URL}: the app's address as clients reach it; unset, the address it listens on. */
@ConfigurationProperties("helpline")
public record SiteSettings(String publicUrl) {

    public SiteSettings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    }
}
