package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SlaSettingsUnitTest {

    @Test
    void theRegulationsTargetsAreTheDefaults() {
        SlaSettings sla = bind(Map.of());
        assertThat(sla.of(Priority.CRITICAL)).isEqualTo(new SlaTargets(Duration.ofHours(1), Duration.ofHours(4)));
        assertThat(sla.of(Priority.URGENT)).isEqualTo(new SlaTargets(Duration.ofHours(2), Duration.ofHours(8)));
        assertThat(sla.of(Priority.NORMAL)).isEqualTo(new SlaTargets(Duration.ofHours(8), Duration.ofHours(24)));
        assertThat(sla.of(Priority.LOW)).isEqualTo(new SlaTargets(Duration.ofHours(24), Duration.ofHours(72)));
    }

    @Test
    void aConfiguredTargetReplacesOnlyItself() {
        SlaSettings sla = bind(Map.of("helpline.sla.critical.response", "30m", "helpline.sla.low.resolve", "80h"));
        assertThat(sla.of(Priority.CRITICAL)).isEqualTo(new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)));
        assertThat(sla.of(Priority.LOW)).isEqualTo(new SlaTargets(Duration.ofHours(24), Duration.ofHours(80)));
        assertThat(sla.of(Priority.URGENT)).isEqualTo(SlaSettings.defaults().of(Priority.URGENT));
    }

    @Test
    void aResolutionShorterThanTheResponseIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlaSettings(new SlaTargets(Duration.ofHours(2), Duration.ofHours(1)), null, null, null, null, null))
                .withMessageContaining("helpline.sla.critical.resolve");
    }

    private static SlaSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("helpline.sla", SlaSettings.class);
    }
}
