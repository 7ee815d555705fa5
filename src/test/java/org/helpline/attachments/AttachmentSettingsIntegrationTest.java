package org.helpline.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

class AttachmentSettingsIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AttachmentSettings.class)
    @Import(AttachmentInspector.class)
    static class AttachmentsOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AttachmentsOnly.class);

    @Test
    void bindsDefaultsAndOverrides() {
        context.run(defaults -> {
            assertThat(defaults.getBean(AttachmentSettings.class))
                    .isEqualTo(new AttachmentSettings(DataSize.ofMegabytes(5), 40_000_000));
            assertThat(defaults).hasSingleBean(AttachmentInspector.class);
        });
        context.withPropertyValues("helpline.attachments.max-size=10MB", "helpline.attachments.max-pixels=1000")
                .run(overridden -> {
                    assertThat(overridden.getBean(AttachmentSettings.class))
                            .isEqualTo(new AttachmentSettings(DataSize.ofMegabytes(10), 1000));
                    assertThat(overridden.getBean(AttachmentInspector.class)
                            .inspect(SampleFiles.pngClaiming(40, 40), "a.png").verdict())
                            .isEqualTo(Verdict.TOO_MANY_PIXELS);
                });
    }
}
