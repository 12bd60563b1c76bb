package org.residentindex.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residentindex.model.CanonicalField;

class HeaderRecogniserTest {

    @ParameterizedTest
    @CsvSource({
        "child_forename,given_name", "elector_surname,surname", "ElectorMiddleNames,middle_names",
        "client_name,full_name", "Tenant Name,full_name", "applicant_dob,date_of_birth",
        "claimant_ni_number,ni_number", "liable_party_forename,given_name", "Liable Party Surname,surname",
        "Christian Name,given_name", "fname,given_name", "given,given_name", "initials,given_name",
        "name,full_name", "Full Name,full_name", "D.O.B,date_of_birth", "birth date,date_of_birth",
        "Date of Birth (dd/mm/yyyy),date_of_birth", "Address Line 3,address_3", "addr_line_2,address_2",
        "House No/Name,house_number", "home_address,address", "UPRN,uprn", "NINO,ni_number", "N.I. No,ni_number",
        "Enw Cyntaf,given_name", "Cyfenw,surname", "Dyddiad Geni,date_of_birth", "Cyfeiriad,address",
        "Cod Post,postcode", "Enwau Canol,middle_names", "Rhyw,sex", "e-mail,email", "Tel No,phone"})
    void recognise_councilHeaders_field(String header, String field) {
        HeaderMatch m = HeaderRecogniser.recognise(header);
        assertThat(m.kind()).as(m.reason()).isEqualTo(HeaderMatch.Kind.FIELD);
        assertThat(m.field()).isEqualTo(CanonicalField.fromKey(field).orElseThrow());
        assertThat(m.reason()).contains(header);
    }

    @ParameterizedTest
    @CsvSource({"tenant_ref,ID_LIKE", "elector_number,ID_LIKE", "account_ref,ID_LIKE", "Cyfeirnod,ID_LIKE",
        "parent_guardian_name,ANOTHER_PERSON", "Enw Rhiant,ANOTHER_PERSON", "emergency_contact_phone,ANOTHER_PERSON",
        "previous_address,ANOTHER_PERSON", "maiden_name,ANOTHER_PERSON", "name of guardian,ANOTHER_PERSON",
        "liability_start,OTHER_DATE", "referral_date,OTHER_DATE", "col7,UNKNOWN", "band,UNKNOWN"})
    void recognise_nonFieldHeaders_kind(String header, String kind) {
        assertThat(HeaderRecogniser.recognise(header).kind()).isEqualTo(HeaderMatch.Kind.valueOf(kind));
    }

    @org.junit.jupiter.api.Test
    void recognise_propertyReference_uprnOnlyWhenValuesConfirm() {
        HeaderMatch m = HeaderRecogniser.recognise("Property Reference");
        assertThat(m.field()).isEqualTo(CanonicalField.UPRN);
        assertThat(m.needsValues()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void words_camelDotsAndAccents_split() {
        assertThat(HeaderRecogniser.words("DateOfBirth")).containsExactly("date", "of", "birth");
        assertThat(HeaderRecogniser.words("D.O.B")).containsExactly("dob");
        assertThat(HeaderRecogniser.words("Addr1")).containsExactly("addr", "1");
        assertThat(HeaderRecogniser.words("Rhif Ffôn")).containsExactly("rhif", "ffon");
    }
}
