package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

/**
 * The DTF 7.3 and AddressBase Plus readers on small invented extracts (test resources {@code sample-dtf73.csv},
 * {@code sample-addressbase-plus*.csv}): formats detected, every UPRN loaded with its coordinates and parent,
 * Welsh and English addresses of one UPRN matching to it, historic addresses found and reported as historic.
 */
class GazetteerFormatsTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private Gazetteer open(String name) throws IOException {
        return Gazetteer.open(resource(name), GazetteerOptions.defaults().withIndexDir(dir.resolve(name + ".idx")));
    }

    @Test
    void detect_eachSample_itsFormat() throws IOException {
        assertThat(GazetteerFormat.detect(resource("sample-dtf73.csv"))).isEqualTo(GazetteerFormat.DTF);
        assertThat(GazetteerFormat.detect(resource("sample-addressbase-plus.csv")))
                .isEqualTo(GazetteerFormat.ADDRESSBASE_PLUS);
        assertThat(GazetteerFormat.detect(resource("sample-addressbase-plus-noheader.csv")))
                .isEqualTo(GazetteerFormat.ADDRESSBASE_PLUS);
        assertThat(GazetteerFormat.detect(resource("small-gazetteer.csv"))).isEqualTo(GazetteerFormat.CSV);
    }

    @Test
    void dtf_sample_loadsEveryUprnWithParentCoordinatesAndAlternatives() throws IOException {
        try (Gazetteer g = open("sample-dtf73.csv")) {
            assertThat(g.size()).isEqualTo(10);
            // 17 LPIs in the file, one deleted (change type D)
            assertThat(g.addresses()).isEqualTo(16);
            GazetteerProperty flat = g.byUprn(200000011L);
            assertThat(flat.parentUprn()).isEqualTo(200000010L);
            assertThat(flat.classification()).isEqualTo("RD06");
            assertThat(flat.x()).isEqualTo(241100.0);
            assertThat(flat.y()).isEqualTo(220050.0);
            assertThat(flat.language()).isEqualTo("ENG");
            assertThat(flat.streetCy()).isEqualTo("HEOL AWST");
            assertThat(g.byUprn(200000020L).paoEndNumber()).isEqualTo("32");
            assertThat(g.byUprn(200000050L).status()).isEqualTo(LpiStatus.HISTORIC);
        }
    }

    @Test
    void dtf_welshAndEnglishAddress_sameUprn() throws IOException {
        try (Gazetteer g = open("sample-dtf73.csv")) {
            AddressMatcher m = AddressMatcher.of(g);
            for (String text : new String[] {"14 Bryn Road, Carmarthen, SA31 9ZA", "14 Heol y Bryn, Caerfyrddin",
                    "14 Heol-y-Bryn, Caerfyrddin, SA31 9ZA"}) {
                AddressMatch r = m.match(text, null);
                assertThat(r.uprn()).as(text).isEqualTo(200000001L);
                assertThat(r.status().isMatch()).as(text).isTrue();
            }
            assertThat(m.match("Bwthyn Gwyn, Llangain, Caerfyrddin", null).uprn()).isEqualTo(200000030L);
            assertThat(m.match("White Cottage, Church Lane, Llangain, Carmarthen", null).uprn())
                    .isEqualTo(200000030L);
            assertThat(m.match("3 Ffordd y Felin, Llansteffan", "SA33 9ZE").uprn()).isEqualTo(200000040L);
            AddressMatch welshFlat = m.match("Fflat 1, Ty Gwynfa, 20 Heol Awst, Caerfyrddin", "SA31 9ZB");
            AddressMatch englishFlat = m.match("Ground Floor Flat, Gwynfa House, 20 Lammas Street", "SA31 9ZB");
            assertThat(welshFlat.uprn()).isEqualTo(200000011L);
            assertThat(englishFlat.uprn()).isEqualTo(200000011L);
        }
    }

    @Test
    void dtf_buildingWithoutFlat_parentOnly() throws IOException {
        try (Gazetteer g = open("sample-dtf73.csv")) {
            AddressMatch r = AddressMatcher.of(g).match("Ty Gwynfa, 20 Heol Awst, Caerfyrddin", "SA31 9ZB");
            assertThat(r.status()).isEqualTo(MatchStatus.PARENT_ONLY);
            assertThat(r.uprn()).isEqualTo(200000010L);
        }
    }

    @Test
    void dtf_historicAddress_matchesAndIsReportedHistoric() throws IOException {
        try (Gazetteer g = open("sample-dtf73.csv")) {
            AddressMatcher m = AddressMatcher.of(g);
            AddressMatch old = m.match("The Old Post Office, Bryn Road, Carmarthen", "SA31 9ZA");
            assertThat(old.uprn()).isEqualTo(200000002L);
            assertThat(old.addressStatus()).isEqualTo(LpiStatus.HISTORIC);
            assertThat(old.reason()).contains("address=historic");
            AddressMatch current = m.match("16 Bryn Road, Carmarthen", "SA31 9ZA");
            assertThat(current.uprn()).isEqualTo(200000002L);
            assertThat(current.addressStatus()).isEqualTo(LpiStatus.APPROVED);
        }
    }

    @Test
    void dtf_numberInsideRange_matchesTheRange_deletedLpiIgnored() throws IOException {
        try (Gazetteer g = open("sample-dtf73.csv")) {
            AddressMatcher m = AddressMatcher.of(g);
            assertThat(m.match("32 Lammas Street, Carmarthen", "SA31 9ZB").uprn()).isEqualTo(200000020L);
            // 30-32 is the even side: 31 is across the road
            assertThat(m.match("31 Lammas Street, Carmarthen", "SA31 9ZB").uprn()).isNotEqualTo(200000020L);
            assertThat(m.match("30-32 Lammas Street, Carmarthen", "SA31 9ZB").uprn()).isEqualTo(200000020L);
            assertThat(m.match("99 Bryn Road, Carmarthen", "SA31 9ZA").uprn()).isNotEqualTo(200000050L);
        }
    }

    @Test
    void dtf_shortRecord_errorNamesFileLineAndType() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "10,X,1,2026-01-01,1,2026-01-01,12:00:00,7.3,F\n24,I,1,100\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gazetteer.open(bad, GazetteerOptions.defaults().withIndexDir(dir.resolve("b"))))
                .isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("bad.csv: line 2: record type 24 has 4 columns");
    }

    @Test
    void addressBasePlus_withAndWithoutHeader_sameProperties() throws IOException {
        try (Gazetteer a = open("sample-addressbase-plus.csv");
                Gazetteer b = open("sample-addressbase-plus-noheader.csv")) {
            assertThat(a.size()).isEqualTo(6);
            assertThat(b.size()).isEqualTo(6);
            GazetteerProperty flat = a.byUprn(300000011L);
            assertThat(flat.parentUprn()).isEqualTo(300000010L);
            assertThat(flat.geographic()).isTrue();
            assertThat(flat.x()).isEqualTo(-4.2897);
            assertThat(b.byUprn(300000011L)).isEqualTo(flat);
        }
    }

    @Test
    void addressBasePlus_welshFormsAndOrganisation_match() throws IOException {
        try (Gazetteer g = open("sample-addressbase-plus.csv")) {
            AddressMatcher m = AddressMatcher.of(g);
            assertThat(m.match("5 Heol yr Orsaf, Cydweli", null).uprn()).isEqualTo(300000001L);
            assertThat(m.match("5 Station Road, Kidwelly, SA17 9ZA", null).uprn()).isEqualTo(300000001L);
            assertThat(m.match("Gwendraeth Bakery, Station Road, Kidwelly", "SA17 9ZA").uprn())
                    .isEqualTo(300000002L);
            assertThat(m.match("Ochr Haul, Lon y Felin, Mynydd-y-Garreg", null).uprn()).isEqualTo(300000020L);
            assertThat(m.match("Flat B, Bron Haul, 9 Station Road, Kidwelly", "SA17 9ZA").uprn())
                    .isEqualTo(300000012L);
        }
    }

    @Test
    void match_threeThousandWordAddressWithoutPostcode_searchesWithoutTooManyClauses() throws IOException {
        try (Gazetteer g = open("sample-dtf73.csv")) {
            AddressMatcher m = AddressMatcher.of(g);
            // no number and no postcode: only the Lucene route can answer, with a 3,000-word name and street
            AddressMatch r = m.match("gwynfa ".repeat(3000) + "Lammas Street", null);
            assertThat(r).isNotNull();
            assertThat(m.match("Heol Awst " + "street ".repeat(3000), null)).isNotNull();
        }
    }
}
