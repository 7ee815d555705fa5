package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
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
    void bindsSeveralPeriodsADayAndTheHolidaysFile() {
        BusinessHoursSettings settings = bind(Map.of(
                PREFIX + ".periods", "10:00-13:00, 14:00-18:00",
                PREFIX + ".holidays-file", "/srv/helpline/calendar/holidays.txt"));

        assertThat(settings.periods()).containsExactly(WorkingPeriod.of("10:00-13:00"), WorkingPeriod.of("14:00-18:00"));
        assertThat(settings.opens()).isEqualTo(LocalTime.of(10, 0));
        assertThat(settings.closes()).isEqualTo(LocalTime.of(18, 0));
        assertThat(settings.holidaysFile()).isEqualTo(Path.of("/srv/helpline/calendar/holidays.txt"));
    }

    @Test
    void theDefaultHolidaysFileIsInTheCalendarFolder() {
        assertThat(bind(Map.of()).holidaysFile()).isEqualTo(Path.of("calendar", "holidays.txt"));
        assertThat(bind(Map.of()).periods()).containsExactly(WorkingPeriod.of("10:00-18:00"));
    }

    @Test
    void rejectsOverlappingOrMalformedPeriods() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessHoursSettings(null, null, null,
                        List.of(WorkingPeriod.of("10:00-14:00"), WorkingPeriod.of("13:00-18:00")), null, null, null, null))
                .withMessageContaining("overlap").withMessageContaining("10:00-14:00");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.of("10-18"))
                .withMessageContaining("HH:MM-HH:MM");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.of("18:00-10:00"))
                .withMessageContaining("after");
    }

    @Test
    void rejectsHoursThatCloseBeforeTheyOpenOrNoWorkdays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessHoursSettings(null, LocalTime.of(18, 0), LocalTime.of(10, 0), null, null, null, null, null))
                .withMessageContaining("closes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessHoursSettings(null, null, null, null, Set.of(), null, null, null))
                .withMessageContaining("workdays");
    }

    private static BusinessHoursSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate(PREFIX, BusinessHoursSettings.class);
    }
}
