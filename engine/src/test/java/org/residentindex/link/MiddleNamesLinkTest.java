package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.PairExplanation;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.RecordKey;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.score.Contribution;

/**
 * A parent and a child with the parent's given name and surname, at one address, the parent's record without a date
 * of birth: the pair looks alike on every field but the middle names, which must count against it.
 */
class MiddleNamesLinkTest {

    private static final String[] MIDDLE = {"ryan", "cai", "rhys", "jac", "mai", "elen", "lewys", "gwen", "tomos",
        "alaw", "osian", "seren", "ifan", "nel", "gruff", "efa"};

    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void link() {
        List<TestPeople.Person> people = TestPeople.people(300, 21);
        SplittableRandom r = new SplittableRandom(22);
        List<String[]> a = new ArrayList<>();
        List<String[]> b = new ArrayList<>();
        for (TestPeople.Person p : people) {
            String middle = MIDDLE[r.nextInt(MIDDLE.length)];
            a.add(row("A" + p.id(), p, middle, p.dob().toString()));
            if (r.nextInt(10) < 7) {
                b.add(row("B" + p.id(), p, r.nextInt(5) == 0 ? "" : middle, p.dob().toString()));
            }
        }
        TestPeople.Person one = new TestPeople.Person("x1", "elis", "ashley", null, 7, "heol y nant", "SA99 1AA");
        TestPeople.Person two = new TestPeople.Person("x2", "elis", "ashley", null, 9, "heol y waun", "SA99 2BB");
        // parent (no date of birth) and namesake child, once with different middle names, once with the same
        a.add(row("P1", one, "ryan", ""));
        b.add(row("C1", one, "cai", "2015-03-04"));
        a.add(row("P2", two, "ryan", ""));
        b.add(row("C2", two, "ryan", "2015-03-04"));
        out = dir.resolve("out");
        ResidentIndex.builder().sources(List.of(SourceConfig.of(write(dir.resolve("left.csv"), a)),
                SourceConfig.of(write(dir.resolve("right.csv"), b)))).threads(2).build().link(out);
    }

    @Test
    void explain_namesakesWithDifferentMiddleNames_weighLessThanWithTheSame() {
        PairExplanation different = explain("P1", "C1");
        PairExplanation same = explain("P2", "C2");
        assertThat(middleNames(different).level()).isEqualTo("else");
        assertThat(middleNames(different).total()).isNegative();
        assertThat(middleNames(same).level()).isEqualTo("exact");
        assertThat(middleNames(same).total()).isPositive();
        assertThat(different.explanation().total()).isLessThan(same.explanation().total() - 2.0);
    }

    @Test
    void explain_middleNamesCompared_partsSumToTheTotal() {
        for (PairExplanation e : List.of(explain("P1", "C1"), explain("P2", "C2"))) {
            assertThat(e.explanation().sumOfParts()).isCloseTo(e.explanation().total(), Offset.offset(1e-9));
        }
    }

    private static PairExplanation explain(String left, String right) {
        return ResidentIndex.explain(out, new RecordKey("left", left), new RecordKey("right", right));
    }

    private static Contribution middleNames(PairExplanation e) {
        return e.explanation().contributions().stream().filter(c -> c.field().equals("middle_names")).findFirst()
                .orElseThrow();
    }

    private static String[] row(String ref, TestPeople.Person p, String middle, String dob) {
        return new String[] {ref, p.given(), middle, p.surname(), dob, Integer.toString(p.house()), p.street(),
            p.postcode()};
    }

    private static Path write(Path file, List<String[]> rows) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(w)) {
            p.printRecord("ref", "forename", "middle_names", "surname", "dob", "house_number", "street", "postcode");
            for (String[] row : rows) {
                p.printRecord((Object[]) row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
