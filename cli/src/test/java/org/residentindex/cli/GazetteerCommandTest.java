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
        assertThat(lines.get(0)).isEqualTo("id,address,postcode,uprn_matched,match_score,match_status");
        assertThat(lines.get(1)).startsWith("a,").contains(",100000000002,").endsWith(",exact");
        assertThat(lines.get(2)).startsWith("b,").endsWith(",,0.000,none");
        assertThat(lines.get(3)).startsWith("c,").contains(",100000000003,");
        assertThat(lines.get(4)).startsWith("d,").endsWith("none");
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
}
