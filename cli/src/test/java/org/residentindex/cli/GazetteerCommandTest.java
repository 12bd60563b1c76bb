package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCommandTest extends CliTest {

    @TempDir
    Path dir;


    private Path gazetteer() throws IOException {
        Path g = dir.resolve("gazetteer.csv");
        Files.writeString(g, """
                uprn,parent_uprn,usrn,sao_text,sao_start_number,pao_start_number,pao_start_suffix,pao_text,street_descriptor_en,street_descriptor_cy,locality,town_en,town_cy,postcode,classification,x,y
                100000000001,,1,,,14,,,Bryn Road,Heol y Bryn,,Carmarthen,Caerfyrddin,SA31 1AB,RD04,1,1
                100000000002,,1,,,16,,,Bryn Road,Heol y Bryn,,Carmarthen,Caerfyrddin,SA31 1AB,RD04,1,1
                100000000003,,2,,,,,Ty Gwyn,,Lon Fach,Llangain,Carmarthen,Caerfyrddin,SA33 5AA,RD02,1,1
                """, StandardCharsets.UTF_8);
        return g;
    }

    @Test
    void build_thenBuildAgain_reusesIndex() throws IOException {
        Path g = gazetteer();
        assertThat(run("gazetteer", "build", "--gazetteer", g.toString())).isZero();
        assertThat(out.toString()).contains("3 properties, index built");
        assertThat(run("gazetteer", "build", "--gazetteer", g.toString())).isZero();
        assertThat(out.toString()).contains("index reused");
    }

    @Test
    void match_everyRowKeptInOrder_withAppendedColumnsAndSummary() throws IOException {
        Path g = gazetteer();
        Path in = dir.resolve("in.csv");
        Files.writeString(in, """
                id,address,postcode
                a,"16 Heol y Bryn, Caerfyrddin",SA31 1AB
                b,"10 Downing Street, London",SW1A 2AA
                c,"Ty Gwyn, Lon Fach",SA33 5AA
                d,,
                """, StandardCharsets.UTF_8);
        Path outCsv = dir.resolve("out.csv");
        assertThat(run("gazetteer", "match", "--gazetteer", g.toString(), "--in", in.toString(),
                "--out", outCsv.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(outCsv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("id,address,postcode,uprn_matched,match_score,match_status,"
                + "match_address_status,match_alternatives");
        assertThat(lines.get(1)).startsWith("a,").contains(",100000000002,").endsWith(",exact,approved,");
        assertThat(lines.get(2)).startsWith("b,").endsWith(",,0.000,none,,");
        assertThat(lines.get(3)).startsWith("c,").contains(",100000000003,");
        assertThat(lines.get(4)).startsWith("d,").endsWith("none,,");
        assertThat(out.toString()).contains("matched 4 rows").contains("exact").contains("none");
    }

    @Test
    void match_withoutGazetteer_isUsageError() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,address\n1,x\n", StandardCharsets.UTF_8);
        assertThat(run("gazetteer", "match", "--in", in.toString(), "--out", dir.resolve("o.csv").toString()))
                .isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("--gazetteer is required");
    }

    @Test
    void match_homeAddressColumn_recognisedAndMatched() throws IOException {
        Path g = gazetteer();
        Path in = dir.resolve("in.csv");
        Files.writeString(in, """
                pupil_id,home_address,home_postcode
                1,"14 Bryn Road, Carmarthen",SA31 1AB
                2,"Ty Gwyn, Lon Fach, Llangain",SA33 5AA
                """, StandardCharsets.UTF_8);
        Path outCsv = dir.resolve("out.csv");
        assertThat(run("gazetteer", "match", "--gazetteer", g.toString(), "--in", in.toString(),
                "--out", outCsv.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(outCsv, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).contains(",100000000001,");
        assertThat(lines.get(2)).contains(",100000000003,");
        // the header recogniser maps home_address as the address (before, it was not recognised at all)
        assertThat(out.toString()).doesNotContain("no address column");
        assertThat(out.toString()).containsPattern("exact +2 ");
    }

    @Test
    void match_postcodeOnly_warnsNoAddressColumn() throws IOException {
        Path g = gazetteer();
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "ref,postcode,notes\n1,SA31 1AB,x\n2,SA33 5AA,y\n", StandardCharsets.UTF_8);
        assertThat(run("gazetteer", "match", "--gazetteer", g.toString(), "--in", in.toString(),
                "--out", dir.resolve("o.csv").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("warning: in.csv: no address column found");
    }

    @Test
    void match_hugeAddress_rowKeptAndOthersMatched() throws IOException {
        Path g = gazetteer();
        Path in = dir.resolve("in.csv");
        String huge = "word ".repeat(3000) + "14 Bryn Road";
        Files.writeString(in, "id,address,postcode\n1,\"" + huge + "\",SA31 1AB\n2,\"16 Bryn Road\",SA31 1AB\n",
                StandardCharsets.UTF_8);
        Path outCsv = dir.resolve("out.csv");
        assertThat(run("gazetteer", "match", "--gazetteer", g.toString(), "--in", in.toString(),
                "--out", outCsv.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(outCsv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains(",100000000002,");
    }

    @Test
    void match_geojsonAndXy_fromGazetteerCoordinates() throws IOException {
        Path g = gazetteer();
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,address,postcode\n1,\"16 Bryn Road, Carmarthen\",SA31 1AB\n2,\"Nowhere\",\n",
                StandardCharsets.UTF_8);
        Path outCsv = dir.resolve("out.csv");
        Path geo = dir.resolve("map.geojson");
        assertThat(run("gazetteer", "match", "--gazetteer", g.toString(), "--in", in.toString(),
                "--out", outCsv.toString(), "--xy", "--geojson", geo.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(outCsv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(",x,y");
        assertThat(lines.get(1)).endsWith(",1,1");
        assertThat(lines.get(2)).endsWith(",,");
        String json = Files.readString(geo, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\"").contains("\"coordinates\":[1.0,1.0]")
                .contains("\"uprn\":\"100000000002\"").contains("\"row\":1").doesNotContain("Bryn");
        assertThat(out.toString()).contains("map: 1 matched rows");
    }
}
