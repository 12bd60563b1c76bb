package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.residentindex.model.DateValue;

class RecordFieldsTest {

    /** The regex form {@link RecordFields#fold} replaced; it must give the same strings. */
    private static String regexFold(String value) {
        String f = value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return f.isEmpty() ? null : f;
    }

    @Test
    void fold_mixedWhitespace_equalsRegexCollapse() {
        String[] inputs = {"  Queensland ", "NEW  SOUTH\tWALES", "a\n\n b", "a \u000B\f\r b", "x\u00A0 y", "plain",
            "single space", "   ", "\t", "trailing\t", "İstanbul  Ünal", "a \t", "a b  c   d"};
        for (String in : inputs) {
            assertThat(RecordFields.fold(in)).as(in).isEqualTo(regexFold(in));
        }
    }

    @Test
    void fold_null_isNull() {
        assertThat(RecordFields.fold(null)).isNull();
    }

    @Test
    void dateOf_fullAndPartialDates_zeroPadded() {
        assertThat(RecordFields.dateOf(DateValue.of("4/3/1987", LocalDate.of(1987, 3, 4), false)))
                .isEqualTo("19870304");
        assertThat(RecordFields.dateOf(DateValue.of("30/11/905", LocalDate.of(905, 11, 30), false)))
                .isEqualTo("09051130");
        assertThat(RecordFields.dateOf(DateValue.partial("1987", 1987, null))).isEqualTo("1987");
        assertThat(RecordFields.dateOf(DateValue.partial("3/1987", 1987, 3))).isEqualTo("198703");
        assertThat(RecordFields.dateOf(DateValue.invalid("31/02/1987", "no such day"))).isNull();
        assertThat(RecordFields.dateOf(null)).isNull();
    }
}
