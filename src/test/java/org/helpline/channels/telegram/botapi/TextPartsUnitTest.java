package org.helpline.channels.telegram.botapi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextPartsUnitTest {

    @Test
    void aTextThatFitsIsOnePart() {
        assertThat(TextParts.split("Заявка HL-000001 зарегистрирована.", 4096)).containsExactly("Заявка HL-000001 зарегистрирована.");
    }

    @Test
    void longTextsAreCutAtTheLastLineBreakThatFits() {
        assertThat(TextParts.split("aaaa\nbbbb\ncccc", 10)).containsExactly("aaaa\nbbbb", "cccc");
    }

    @Test
    void aLineTooLongIsCutBetweenWordsThenAnywhere() {
        assertThat(TextParts.split("aaa bbb ccc", 8)).containsExactly("aaa bbb", "ccc");
        assertThat(TextParts.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void aCutNeverSplitsASurrogatePairAndBlankPartsAreDropped() {
        assertThat(TextParts.split("abc😀def", 4)).containsExactly("abc", "😀de", "f");
        assertThat(TextParts.split("abc\n\n\n\n\n\ndef", 4)).containsExactly("abc", "def");
    }
}
