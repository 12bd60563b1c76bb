package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residentindex.model.DateValue;

class DateParserTest extends NormaliserContract<DateValue> {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private final DateParser dates = new DateParser(TODAY, null);

    @Override
    Normaliser<DateValue> normaliser() {
        return dates;
    }

    @Override
    List<String> samples() {
        return List.of("03/01/1980", "1980-01-03", "19800103", "3-JAN-80", "3 Ionawr 1980", "31/02/1980", "1980",
                "abc", "05/1980", "2030-01-01");
    }

    @Override
    Function<DateValue, String> text() {
        return d -> d.date() == null ? null : d.date().toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/01/1980", "3/1/1980", "03-01-1980", "03.01.1980", "1980-01-03", "1980/01/03",
        "19800103", "03011980", "3 Jan 1980", "3-JAN-80", "03 January 1980", "3 Ionawr 1980", "Jan 3 1980",
        "1980-01-03T00:00:00", "03/01/1980 00:00", "3rd Jan 1980"})
    void normalise_manyFormats_sameDate(String raw) {
        DateValue d = dates.normalise(raw);
        assertThat(d.status()).as(raw).isEqualTo(DateValue.Status.VALID);
        assertThat(d.date()).as(raw).isEqualTo(LocalDate.of(1980, 1, 3));
    }

    @Test
    void normalise_twoDigitYear_pivotsForBirths() {
        assertThat(dates.normalise("01/02/25").date()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(dates.normalise("01/02/27").date()).isEqualTo(LocalDate.of(1927, 2, 1));
        assertThat(dates.normalise("1-Mar-45").date()).isEqualTo(LocalDate.of(1945, 3, 1));
    }

    @Test
    void normalise_impossibleDates_invalidWithReasonWithoutValue() {
        DateValue feb = dates.normalise("31/02/1980");
        assertThat(feb.status()).isEqualTo(DateValue.Status.INVALID);
        assertThat(feb.reason()).isEqualTo("impossible day for the month").doesNotContain("1980");
        assertThat(dates.normalise("12/13/1980").reason()).isEqualTo("month out of range");
        assertThat(dates.normalise("01/01/2027").reason()).isEqualTo("date in the future");
        assertThat(dates.normalise("01/01/1700").status()).isEqualTo(DateValue.Status.INVALID);
        assertThat(dates.normalise("not a date").reason()).isEqualTo("unrecognised date format");
        assertThat(dates.normalise("29/02/1981").status()).isEqualTo(DateValue.Status.INVALID);
        assertThat(dates.normalise("29/02/1980").status()).isEqualTo(DateValue.Status.VALID);
    }

    @Test
    void normalise_dayAndMonthBothUpToTwelve_flaggedAmbiguousWithSwap() {
        DateValue d = dates.normalise("03/01/1980");
        assertThat(d.ambiguousDayMonth()).isTrue();
        assertThat(d.swapped()).isEqualTo(LocalDate.of(1980, 3, 1));
        assertThat(dates.normalise("13/01/1980").ambiguousDayMonth()).isFalse();
        assertThat(dates.normalise("05/05/1980").ambiguousDayMonth()).isFalse();
        assertThat(dates.normalise("3 Jan 1980").ambiguousDayMonth()).isFalse();
    }

    @Test
    void normalise_yearOrMonthYear_partial() {
        DateValue y = dates.normalise("1980");
        assertThat(y.status()).isEqualTo(DateValue.Status.PARTIAL);
        assertThat(y.year()).isEqualTo(1980);
        assertThat(dates.normalise("05/1980").month()).isEqualTo(5);
    }

    @Test
    void normalise_hintPattern_triedFirst() {
        DateParser us = new DateParser(TODAY, "MM/dd/yyyy");
        assertThat(us.normalise("01/03/1980").date()).isEqualTo(LocalDate.of(1980, 1, 3));
        assertThat(us.normalise("1980-01-03").date()).isEqualTo(LocalDate.of(1980, 1, 3));
    }

    @Test
    void normalise_hintWithTwoDigitYearAndUpperCaseMonth_birthCentury() {
        DateParser p = new DateParser(TODAY, "d-MMM-yy");
        assertThat(p.normalise("3-Jan-80").date()).isEqualTo(LocalDate.of(1980, 1, 3));
        assertThat(p.normalise("3-JAN-80").date()).isEqualTo(LocalDate.of(1980, 1, 3));
        assertThat(p.normalise("14-Feb-21").date()).isEqualTo(LocalDate.of(2021, 2, 14));
        assertThat(p.normalise("3-Jan-80").ambiguousDayMonth()).isFalse();
    }

    @Test
    void normalise_blank_missing() {
        assertThat(dates.normalise("  ").status()).isEqualTo(DateValue.Status.MISSING);
        assertThat(dates.normalise(null)).isEqualTo(DateValue.missing());
    }
}
