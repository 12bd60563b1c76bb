package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

class GazetteerLoadingTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void defaultIndexDir_writableFolder_besideTheFile() throws IOException {
        Path csv = write("g.csv", "uprn,address,postcode\n");

        assertThat(Gazetteer.defaultIndexDir(csv)).isEqualTo(dir.resolve("g.csv.rix-index"));
    }

    @Test
    void defaultIndexDir_readOnlyFolder_underTemporaryFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path csv = folder.resolve("g.csv");
        Files.writeString(csv, "uprn,address,postcode\n", StandardCharsets.UTF_8);
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(folder.toFile().setWritable(false, false)
                    && !Files.isWritable(folder), "the folder stays writable for this user (root)");

            Path index = Gazetteer.defaultIndexDir(csv);

            assertThat(index).startsWith(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(index.getFileName().toString()).startsWith("g.csv-");
            assertThat(Gazetteer.defaultIndexDir(csv)).isEqualTo(index);
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    @Test
    void open_flatExtract_parsesAddressesAndMatchesText() throws IOException {
        Path csv = write("flat.csv", """
                UPRN,Single Line Address,Postcode
                200000000001,"Flat 2, 8 Lammas Street, Carmarthen",SA31 3AQ
                200000000002,"Flat 1, 8 Lammas Street, Carmarthen",SA31 3AQ
                200000000003,"Ty Gwyn, Heol y Bryn, Llangain, Carmarthen",SA33 5AA
                200000000004,"10 Heol y Bryn, Carmarthen",SA31 1AB
                """);
        try (Gazetteer g = Gazetteer.open(csv, GazetteerOptions.defaults())) {
            assertThat(g.size()).isEqualTo(4);
            assertThat(g.byUprn(200000000001L).saoText()).isEqualTo("flat 2");
            AddressMatcher m = AddressMatcher.of(g);
            assertThat(m.match("FLAT 2, 8 LAMMAS ST, CARMARTHEN SA31 3AQ", null).uprn()).isEqualTo(200000000001L);
            assertThat(m.match("Ty Gwyn, Heol y Bryn", "SA33 5AA").uprn()).isEqualTo(200000000003L);
            AddressMatch english = m.match("10 Bryn Road, Caerfyrddin", "SA31 1AB");
            assertThat(english.uprn()).isEqualTo(200000000004L);
            assertThat(english.status().isMatch()).isTrue();
        }
    }

    @Test
    void open_otherHeadersWithMapOverride_loads() throws IOException {
        Path csv = write("llpg.csv", """
                PROPREF,BLDG_NO,ROAD,POST_TOWN,PCODE
                300000000001,4,Mill Lane,Kidwelly,SA17 4AA
                """);
        GazetteerOptions opts = GazetteerOptions.defaults().withMapping(Map.of("uprn", "PROPREF",
                "pao_start_number", "BLDG_NO", "street_en", "ROAD", "postcode", "PCODE"));
        try (Gazetteer g = Gazetteer.open(csv, opts)) {
            GazetteerProperty p = g.byUprn(300000000001L);
            assertThat(p.streetEn()).isEqualTo("Mill Lane");
            assertThat(p.townEn()).isEqualTo("Kidwelly");
            assertThat(AddressMatcher.of(g).match("4 Mill Lane, Kidwelly", "SA17 4AA").status())
                    .isEqualTo(MatchStatus.EXACT);
        }
    }

    @Test
    void open_noUprnColumn_failsNamingFileAndWhatWasExpected() throws IOException {
        Path csv = write("bad.csv", "ref,address,postcode\n1,\"1 A Street\",SA1 1AA\n");
        assertThatThrownBy(() -> Gazetteer.open(csv, GazetteerOptions.defaults()))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("bad.csv")
                .hasMessageContaining("no UPRN column");
    }

    @Test
    void open_nonNumericUprn_failsWithLineAndNoAddress() throws IOException {
        Path csv = write("bad2.csv", "uprn,address,postcode\nabc,\"1 Secret Street\",SA1 1AA\n");
        assertThatThrownBy(() -> Gazetteer.open(csv, GazetteerOptions.defaults()))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("line 2")
                .hasMessageNotContaining("Secret");
    }

    @Test
    void open_changedFile_rebuildsIndex() throws IOException {
        Path csv = write("g.csv", "uprn,address,postcode\n1,\"1 Mill Lane, Kidwelly\",SA17 4AA\n");
        try (Gazetteer g = Gazetteer.open(csv, GazetteerOptions.defaults())) {
            assertThat(g.indexWasBuilt()).isTrue();
        }
        write("g.csv", "uprn,address,postcode\n1,\"1 Mill Lane, Kidwelly\",SA17 4AA\n2,\"3 Mill Lane, Kidwelly\",SA17 4AA\n");
        try (Gazetteer g = Gazetteer.open(csv, GazetteerOptions.defaults())) {
            assertThat(g.indexWasBuilt()).isTrue();
            assertThat(g.size()).isEqualTo(2);
        }
    }
}
