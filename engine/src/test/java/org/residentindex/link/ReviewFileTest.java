package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndex;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfigReader;

/** review.csv carries a masked display of both records and whether the pair already ended in one resident. */
class ReviewFileTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void review_generatedCounty_maskedDisplaysAndSameResidentAgreeWithEntities() throws Exception {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(1200).seed(9).build().generate(county);
        Path out = dir.resolve("run");
        ResidentIndex.builder().config(new LinkConfigReader().read(county.resolve("link.yaml"))).threads(2).build()
                .link(out);

        Map<String, String> entity = new HashMap<>();
        rows(out.resolve("entities.csv")).forEach(r -> entity.put(r.get("source") + "#" + r.get("record_id"),
                r.get("entity_id")));
        List<CSVRecord> review = rows(out.resolve("review.csv"));

        assertThat(review).isNotEmpty();
        assertThat(review.get(0).getParser().getHeaderNames()).containsExactly(ReviewFile.HEADER);
        for (CSVRecord r : review) {
            boolean same = entity.get(r.get("left_source") + "#" + r.get("left_record_id"))
                    .equals(entity.get(r.get("right_source") + "#" + r.get("right_record_id")));
            assertThat(r.get("same_resident")).isEqualTo(Boolean.toString(same));
            for (String display : List.of(r.get("left_display"), r.get("right_display"))) {
                // initials, year of birth, postcode district only
                assertThat(display).matches("(\\p{Lu}\\.( \\p{Lu}\\.)?|\\(no name\\))( \\(b\\. \\d{4}\\))?( [A-Z]{1,2}\\d[A-Z\\d]?)?");
            }
        }
    }
}
