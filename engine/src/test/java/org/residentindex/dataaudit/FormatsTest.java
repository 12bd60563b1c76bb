package org.residentindex.dataaudit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The format codes a standard names, one written value at a time. */
class FormatsTest {

    @Test
    void date_eachCommonCouncilPattern_isNamed() {
        assertThat(Formats.date("05/03/1983")).isEqualTo("dd/MM/yyyy");
        assertThat(Formats.date("1983-03-05")).isEqualTo("yyyy-MM-dd");
        assertThat(Formats.date("5-Mar-83")).isEqualTo("d-MMM-yy");
        assertThat(Formats.date("16-SEP-85")).isEqualTo("d-MMM-yy");
        assertThat(Formats.date("16-Sept-85")).as("UK month name").isEqualTo("d-MMM-yy");
        assertThat(Formats.date("5/3/1983")).isEqualTo("d/M/yyyy");
        assertThat(Formats.date("19830305")).isEqualTo("yyyyMMdd");
        assertThat(Formats.date("03/25/1983")).as("only a US reading parses").isEqualTo("MM/dd/yyyy");
    }

    @Test
    void date_impossibleOrNotADate_isOther() {
        assertThat(Formats.date("31/02/1983")).isEqualTo(Formats.OTHER);
        assertThat(Formats.date("1983")).isEqualTo(Formats.OTHER);
        assertThat(Formats.date("Jones")).isEqualTo(Formats.OTHER);
    }

    @Test
    void letterCase_welshAndEnglishNamesAndAddresses_areClassified() {
        assertThat(Formats.letterCase("JONES")).isEqualTo("upper");
        assertThat(Formats.letterCase("Siân")).isEqualTo("capitalised");
        assertThat(Formats.letterCase("Flat 2, 14 Heol y Bryn")).isEqualTo("capitalised");
        assertThat(Formats.letterCase("McDonald")).isEqualTo("capitalised");
        assertThat(Formats.letterCase("O'Brien")).isEqualTo("capitalised");
        assertThat(Formats.letterCase("JONES, Siân")).isEqualTo("mixed");
        assertThat(Formats.letterCase("jones")).isEqualTo("lower");
        assertThat(Formats.letterCase("14")).isNull();
    }

    @Test
    void postcodeSexAndNiNumber_layouts_areClassified() {
        assertThat(Formats.postcode("SA31 1AB")).isEqualTo("upper_spaced");
        assertThat(Formats.postcode("SA311AB")).isEqualTo("upper_compact");
        assertThat(Formats.postcode("sa31 1ab")).isEqualTo("lower");
        assertThat(Formats.postcode("SA31")).isEqualTo(Formats.OTHER);
        assertThat(Formats.sex("M")).isEqualTo("letter");
        assertThat(Formats.sex("Female")).isEqualTo("word");
        assertThat(Formats.sex("1")).isEqualTo("digit");
        assertThat(Formats.niNumber("AB123456C")).isEqualTo("compact");
        assertThat(Formats.niNumber("AB 12 34 56 C")).isEqualTo("spaced");
        assertThat(Formats.niNumber("123")).isEqualTo(Formats.OTHER);
    }
}
