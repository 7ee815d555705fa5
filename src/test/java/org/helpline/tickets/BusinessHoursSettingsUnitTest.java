package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BusinessHoursSettingsUnitTest {

    private static final String PREFIX = "helpline.business-hours";

    @Test
    void bindsTheRegulationsDefaultsWhenNothingIsConfigured() {
        BusinessHoursSettings settings = bind(Map.of());

        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(settings.opens()).isEqualTo(LocalTime.of(10, 0));
        assertThat(settings.closes()).isEqualTo(LocalTime.of(18, 0));
        assertThat(settings.workdays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(settings.holidays()).isEmpty();
    }

    @Test
    void bindsConfiguredValuesAndDefaultsTheRest() {
        BusinessHoursSettings settings = bind(Map.of(
                PREFIX + ".zone", "Asia/Yekaterinburg",
                PREFIX + ".opens", "09:30",
                PREFIX + ".workdays", "monday,tuesday,wednesday,thursday,friday,saturday",
                PREFIX + ".holidays", "2026-01-01,2026-05-09"));

        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(settings.opens()).isEqualTo(LocalTime.of(9, 30));
        assertThat(settings.closes()).isEqualTo(LocalTime.of(18, 0));
        assertThat(settings.workdays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(settings.holidays()).isEqualTo(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 9)));
    }

    @Test
    void rejectsHoursThatCloseBeforeTheyOpenOrNoWorkdays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessHoursSettings(null, LocalTime.of(18, 0), LocalTime.of(10, 0), null, null))
                .withMessageContaining("closes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessHoursSettings(null, null, null, Set.of(), null))
                .withMessageContaining("workdays");
    }

    private static BusinessHoursSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate(PREFIX, BusinessHoursSettings.class);
    }
}
