package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.LinkResult;
import org.residentindex.PairExplanation;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.score.Contribution;

class LinkPipelineTest {

    @TempDir
    static Path dir;

    static List<TestPeople.Person> people;
    static Path left;
    static Path right;
    static Map<RecordKey, String> truth = new HashMap<>();

    @BeforeAll
    static void data() {
        people = TestPeople.people(400, 11);
        SplittableRandom r = new SplittableRandom(12);
        List<TestPeople.Row> a = new ArrayList<>();
        List<TestPeople.Row> b = new ArrayList<>();
        for (TestPeople.Person p : people) {
            a.add(TestPeople.clean(p, "A" + p.id()));
            truth.put(new RecordKey("left", "A" + p.id()), p.id());
            if (r.nextInt(10) < 7) {
                b.add(TestPeople.noisy(p, "B" + p.id(), r));
                truth.put(new RecordKey("right", "B" + p.id()), p.id());
            }
        }
        left = TestPeople.write(dir.resolve("left.csv"), a);
        right = TestPeople.write(dir.resolve("right.csv"), b);
    }

    private static LinkResult link(Path out, int threads, Path... files) {
        List<SourceConfig> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(SourceConfig.of(f));
        }
        return ResidentIndex.builder().sources(sources).threads(threads).build().link(out);
    }

    @Test
    void link_twoNoisySources_entitiesMatchTheTruth() {
        Path out = dir.resolve("accuracy");
        LinkResult result = link(out, 2, left, right);
        Evaluation e = Evaluation.of(EntityFile.read(out.resolve("entities.csv")), new TruthSet(truth));
        assertThat(result.records()).isEqualTo(truth.size());
        assertThat(e.pairwise().f1()).as("pairwise F1").isGreaterThan(0.95);
        assertThat(result.reductionRatio()).isGreaterThan(0.9);
        assertThat(out.resolve("index")).isDirectory();
        assertThat(out.resolve("model.json")).isRegularFile();
    }

    @Test
    void link_twoSourcesWithoutInternalDuplicates_priorPerSourcePairAndOneRecordOfEachPerEntity() {
        Path out = dir.resolve("priors");
        link(out, 2, left, right);

        org.residentindex.score.SavedModel saved = org.residentindex.score.ModelFile.load(out.resolve("model.json"));
        org.residentindex.score.SourcePairPriors priors = saved.priors();
        assertThat(priors.lambda("left", "right")).isGreaterThan(priors.global());
        assertThat(priors.lambda("left", "left")).isLessThan(priors.global() / 10);
        assertThat(priors.lambda("right", "right")).isLessThan(priors.global() / 10);
        assertThat(priors.duplicateFree()).containsExactly("left", "right");
        Map<String, List<RecordKey>> members = new HashMap<>();
        EntityFile.read(out.resolve("entities.csv"))
                .forEach((key, entity) -> members.computeIfAbsent(entity, k -> new ArrayList<>()).add(key));
        for (List<RecordKey> entity : members.values()) {
            assertThat(entity.stream().filter(k -> k.source().equals("left")).count()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void link_oneThreadOrTwo_byteIdenticalOutputs() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        link(one, 1, left, right);
        link(two, 2, left, right);
        for (String file : List.of("entities.csv", "links.csv", "review.csv", "model.json", "rejects.csv")) {
            assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
        }
    }

    @Test
    void link_rerunWithTenPercentNewRecords_keepsEveryExistingId() {
        Path out = dir.resolve("stable");
        link(out, 2, left, right);
        Map<RecordKey, String> before = EntityFile.read(out.resolve("entities.csv"));
        List<TestPeople.Person> newcomers = TestPeople.people(40, 99);
        List<TestPeople.Row> rows = new ArrayList<>();
        for (TestPeople.Person p : newcomers) {
            rows.add(TestPeople.clean(p, "N" + p.id()));
        }
        Path extra = TestPeople.write(dir.resolve("extra.csv"), rows);
        link(out, 2, left, right, extra);
        Map<RecordKey, String> after = EntityFile.read(out.resolve("entities.csv"));
        assertThat(after).hasSize(before.size() + rows.size());
        // An entity persists when its old records are still together, alone among old records: it keeps its id.
        Map<String, java.util.Set<RecordKey>> oldGroups = groups(before, before);
        Map<String, java.util.Set<RecordKey>> newGroups = groups(after, before);
        long persisting = 0;
        for (Map.Entry<String, java.util.Set<RecordKey>> e : oldGroups.entrySet()) {
            RecordKey any = e.getValue().iterator().next();
            if (newGroups.get(after.get(any)).equals(e.getValue())) {
                persisting++;
                assertThat(after.get(any)).as("entity %s persists", e.getKey()).isEqualTo(e.getKey());
            }
        }
        // the model is retrained on the larger file, so a few borderline clusters may change; most must not
        assertThat(persisting).isGreaterThan(oldGroups.size() * 90L / 100);
    }

    @Test
    void link_decisionsFile_splitsAndJoinsAsTheReviewerSaid() throws IOException {
        Path out = dir.resolve("decisions");
        link(out, 2, left, right);
        List<String> links = Files.readAllLines(out.resolve("links.csv"), StandardCharsets.UTF_8);
        String[] linked = links.get(1).split(",");
        RecordKey a = new RecordKey(linked[0], linked[1]);
        RecordKey b = new RecordKey(linked[2], linked[3]);
        RecordKey c = new RecordKey("left", "A" + people.get(0).id());
        RecordKey d = new RecordKey("left", "A" + people.get(people.size() - 1).id());
        Map<RecordKey, String> before = EntityFile.read(out.resolve("entities.csv"));
        assertThat(before.get(a)).isEqualTo(before.get(b));
        assertThat(before.get(c)).isNotEqualTo(before.get(d));
        Files.writeString(out.resolve("decisions.csv"), "left_source,left_record_id,right_source,right_record_id,"
                + "decision\n" + a.source() + "," + a.recordId() + "," + b.source() + "," + b.recordId()
                + ",non-match\n" + c.source() + "," + c.recordId() + "," + d.source() + "," + d.recordId()
                + ",match\n", StandardCharsets.UTF_8);
        link(out, 2, left, right);
        Map<RecordKey, String> after = EntityFile.read(out.resolve("entities.csv"));
        assertThat(after.get(a)).isNotEqualTo(after.get(b));
        assertThat(after.get(c)).isEqualTo(after.get(d));
        // the join retired one of the two ids, recorded for later runs
        String survivor = after.get(c);
        String retiredId = survivor.equals(before.get(c)) ? before.get(d) : before.get(c);
        assertThat(Files.readAllLines(out.resolve("merged_into.csv"), StandardCharsets.UTF_8))
                .contains(retiredId + "," + survivor);
    }

    @Test
    void explain_linkedPair_partsSumToTheWeightInLinksCsv() throws IOException {
        Path out = dir.resolve("explain");
        link(out, 2, left, right);
        List<String> links = Files.readAllLines(out.resolve("links.csv"), StandardCharsets.UTF_8);
        for (String line : links.subList(1, Math.min(links.size(), 40))) {
            String[] f = line.split(",");
            PairExplanation e = ResidentIndex.explain(out, new RecordKey(f[0], f[1]), new RecordKey(f[2], f[3]));
            assertThat(e.explanation().sumOfParts()).isCloseTo(e.explanation().total(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(e.explanation().total()).isCloseTo(Double.parseDouble(f[4]),
                    org.assertj.core.data.Offset.offset(1e-3));
            assertThat(e.decision()).isEqualTo("link");
        }
    }

    @Test
    void explain_commonSurname_weighsLessThanRareSurname() throws IOException {
        List<TestPeople.Row> rows = new ArrayList<>(people.stream().map(p -> TestPeople.clean(p, "A" + p.id()))
                .toList());
        // two exact pairs that differ only in how common their surname is
        TestPeople.Person common = new TestPeople.Person("x1", "zephaniah", "jones", java.time.LocalDate.of(1970, 1, 1),
                1, "nowhere lane", "SA99 9ZZ");
        TestPeople.Person rare = new TestPeople.Person("x2", "zachariah", "quilliam", java.time.LocalDate.of(1971, 1, 1),
                2, "elsewhere lane", "SA98 9ZZ");
        // each pair's second record is at another address, so the surname is compared as such (not at one address)
        rows.add(TestPeople.clean(common, "C1"));
        rows.add(TestPeople.clean(moved(common), "C2"));
        rows.add(TestPeople.clean(rare, "R1"));
        rows.add(TestPeople.clean(moved(rare), "R2"));
        Path file = TestPeople.write(dir.resolve("tf.csv"), rows);
        Path out = dir.resolve("tf");
        link(out, 2, file);
        Contribution jones = surname(ResidentIndex.explain(out, new RecordKey("tf", "C1"), new RecordKey("tf", "C2")));
        Contribution quilliam = surname(ResidentIndex.explain(out, new RecordKey("tf", "R1"),
                new RecordKey("tf", "R2")));
        assertThat(jones.level()).isEqualTo("exact");
        assertThat(jones.total()).isLessThan(quilliam.total() - 2.0);
    }

    @Test
    void link_savedModel_reusedWithoutTrainingAndSameLinks() throws IOException {
        Path first = dir.resolve("model-first");
        link(first, 2, left, right);
        Path second = dir.resolve("model-second");
        LinkResult r = ResidentIndex.builder().sources(List.of(SourceConfig.of(left), SourceConfig.of(right)))
                .model(first.resolve("model.json")).build().link(second);
        assertThat(r.modelTrained()).isFalse();
        assertThat(Files.readAllLines(second.resolve("links.csv")))
                .isEqualTo(Files.readAllLines(first.resolve("links.csv")));
    }

    /** Entity id → its records that are also in {@code only}. */
    private static Map<String, java.util.Set<RecordKey>> groups(Map<RecordKey, String> entities,
            Map<RecordKey, String> only) {
        Map<String, java.util.Set<RecordKey>> groups = new HashMap<>();
        entities.forEach((k, id) -> {
            if (only.containsKey(k)) {
                groups.computeIfAbsent(id, x -> new java.util.HashSet<>()).add(k);
            }
        });
        return groups;
    }

    private static TestPeople.Person moved(TestPeople.Person p) {
        return new TestPeople.Person(p.id(), p.given(), p.surname(), p.dob(), p.house() + 40, "station road",
                "SA97 1AA");
    }

    private static Contribution surname(PairExplanation e) {
        return e.explanation().contributions().stream().filter(c -> c.field().equals("surname")).findFirst()
                .orElseThrow();
    }
}
