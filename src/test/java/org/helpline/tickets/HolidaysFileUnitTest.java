package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysFileUnitTest {

    @Test
    void theShippedFileHasTheNewYearAndSpringHolidaysAndNoTransferredWorkingDays() {
        assertThat(HolidaysFile.read(Path.of("calendar", "holidays.txt"))).containsExactlyInAnyOrder(
                LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-02"),
                LocalDate.parse("2027-01-03"), LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-05"),
                LocalDate.parse("2027-01-06"), LocalDate.parse("2027-01-07"), LocalDate.parse("2027-01-08"),
                LocalDate.parse("2027-02-23"), LocalDate.parse("2027-03-08"));
    }

    @Test
    void commentsAndBlankLinesAreIgnored(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"),
                "\uFEFF# days off\n\n2027-05-01   # Праздник весны и труда\n  2027-05-09\n#2027-06-12\n");
        assertThat(HolidaysFile.read(file)).containsExactlyInAnyOrder(LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-09"));
    }

    @Test
    void aBadLineIsNamedWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), "2027-05-01\n# comment\n09.05.2027  # День Победы\n");
        assertThatIllegalStateException().isThrownBy(() -> HolidaysFile.read(file))
                .withMessageContaining("holidays.txt, line 3")
                .withMessageContaining("\"09.05.2027  # День Победы\" is not a date")
                .withMessageContaining("YYYY-MM-DD");
    }

    @Test
    void anImpossibleDateIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), "2027-02-30\n");
        assertThatIllegalStateException().isThrownBy(() -> HolidaysFile.read(file)).withMessageContaining("line 1");
    }

    @Test
    void aMissingFileSaysHowToFixIt(@TempDir Path dir) {
        assertThatIllegalStateException().isThrownBy(() -> HolidaysFile.read(dir.resolve("holidays.txt")))
                .withMessageContaining("missing").withMessageContaining("HELPLINE_BUSINESSHOURS_HOLIDAYSFILE");
    }
}
