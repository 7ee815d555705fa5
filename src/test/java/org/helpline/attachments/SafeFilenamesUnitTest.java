package org.helpline.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFilenamesUnitTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            ../../etc/passwd.png => passwd.png
            C:\\Users\\anna\\Desktop\\shot.PNG => shot.png
            /var/tmp/report.final.PDF => report.final.png
            scan => scan.png
            Mr. Smith => Mr. Smith.png
            photo.jpeg => photo.png
            .bashrc => attachment.png
            'trailing dots... ' => trailing dots.png
            a:b?c*<d>|e".png => a_b_c__d__e_.png
            CON.png => _CON.png
            lpt1 => _lpt1.png
            """)
    void stripsPathsAndReplacesTheExtension(String declared, String safe) {
        assertThat(SafeFilenames.withExtension(declared, "png")).isEqualTo(safe);
    }

    @Test
    void stripsBidiOverridesSoAnExecutableCannotPoseAsAPicture() {
        // Displayed as "invoiceexe.png" in a right-to-left-override-aware client: "invoice\u202Egnp.exe"
        assertThat(SafeFilenames.withExtension("invoice\u202Egnp.exe", "png")).isEqualTo("invoicegnp.png");
        assertThat(SafeFilenames.withExtension("\u2067doc\u2069\u200E.pdf", "pdf")).isEqualTo("doc.pdf");
    }

    @Test
    void stripsControlAndInvisibleCharacters() {
        String sneaky = "ph\u200Bo\u200Dto\u0000\u0007\t\r\n\uFEFF\u00AD\u2060\u3164\uE000.png";

        assertThat(SafeFilenames.withExtension(sneaky, "png")).isEqualTo("photo.png");
        assertThat(SafeFilenames.withExtension("a\u00A0\u2003 \u3000b.png", "png")).isEqualTo("a b.png");
    }

    @Test
    void keepsUnicodeAndNormalisesItToComposedForm() {
        String decomposed = Normalizer.normalize("Скриншот ошибки — café 😀.jpeg", Normalizer.Form.NFD);

        assertThat(SafeFilenames.withExtension(decomposed, "jpg")).isEqualTo("Скриншот ошибки — café 😀.jpg");
        assertThat(SafeFilenames.withExtension("截图 2024-05-01.PNG", "png")).isEqualTo("截图 2024-05-01.png");
    }

    @Test
    void trimsLongNamesToOneHundredCharactersWithoutSplittingSurrogatePairs() {
        String emoji = "😀".repeat(150) + ".png";
        String latin = "x".repeat(300) + ".tar.gz";

        String safeEmoji = SafeFilenames.withExtension(emoji, "png");
        String safeLatin = SafeFilenames.withExtension(latin, "zip");

        assertThat(safeEmoji.codePointCount(0, safeEmoji.length())).isEqualTo(100);
        assertThat(safeEmoji).isEqualTo("😀".repeat(96) + ".png");
        assertThat(safeLatin).hasSize(100).endsWith("x.zip");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "...", "/", "C:\\dir\\", "\u202E\u200B", ".png", "../.."})
    void fallsBackToAttachmentWhenNothingIsLeft(String declared) {
        assertThat(SafeFilenames.withExtension(declared, "pdf")).isEqualTo("attachment.pdf");
    }

    @Test
    void refusedFilesKeepTheirOwnCleanedName() {
        assertThat(SafeFilenames.keepingExtension("C:\\temp\\virus\u202E.exe")).isEqualTo("virus.exe");
        assertThat(SafeFilenames.keepingExtension("README")).isEqualTo("README");
        assertThat(SafeFilenames.keepingExtension(null)).isEqualTo("attachment");
    }
}
