package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;

class ColumnMapperTest {

    @ParameterizedTest
    @CsvSource({"first_name,given_name", "Forename,given_name", "GIVEN_NAME,given_name", "FORENAME,given_name",
        "Surname,surname", "last_name,surname", "dob,date_of_birth", "Date of Birth,date_of_birth", "DOB,date_of_birth",
        "post_code,postcode", "Post Code,postcode", "address_1,address_1", "Address Line 1,address_1", "UPRN,uprn",
        "NI Number,ni_number", "e-mail,email", "Tel No,phone", "Flat,flat", "House Name,house_name", "Town,town"})
    void lookup_synonym_canonicalField(String header, String field) {
        assertThat(ColumnMapper.lookup(header)).isEqualTo(CanonicalField.fromKey(field).orElseThrow());
    }

    @Test
    void lookup_unknownHeader_null() {
        assertThat(ColumnMapper.lookup("favourite_colour")).isNull();
    }

    @Test
    void map_idFromFirstColumnSuffix_andSecondSynonymBecomesOther() {
        ColumnMapping m = new ColumnMapper().map(List.of("pupil_number", "forename", "first_name", "surname"),
                SourceConfig.of(Path.of("schools.csv")));
        assertThat(m.idColumn()).isEqualTo("pupil_number");
        assertThat(m.fields()).containsEntry(CanonicalField.GIVEN_NAME, "forename");
        assertThat(m.other()).containsExactly("first_name");
        assertThat(m.describe()).containsEntry("first_name", "(other)").containsEntry("pupil_number", "record_id");
    }

    @Test
    void normaliseHeader_turkishDottedI_foldedWithRoot() {
        assertThat(ColumnMapper.normaliseHeader("TITLE")).isEqualTo("title");
        assertThat(ColumnMapper.normaliseHeader("First Name (legal)")).isEqualTo("firstnamelegal");
    }
}
