package org.residentindex.dataaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndex;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.fixtures.datasets.Datasets;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;

/**
 * The data audit of the generated county the issue names ({@code rix generate --residents 5000 --seed 7}): the
 * register lists the six datasets with the items the generator documents (fixtures/README.md); the
 * collected-how-many-times table, counted over a "run" whose entities are the truth, equals a plain independent
 * count from {@code truth.csv} and the raw files (written out below without any engine code); a real link run
 * gives figures close to it; the proposed standard names the majority formats the generator documents.
 */
class GeneratedCountyDataAuditTest {

    /** The generator's fixed extract date (fixtures/README.md). */
    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    @TempDir
    static Path dir;

    static LinkConfig config;
    static DataAudit truthAudit;

    @BeforeAll
    static void generate() throws IOException {
        CountyGenerator.builder().residents(5000).seed(7).build().generate(dir);
        config = new LinkConfigReader().read(dir.resolve("link.yaml"));
        Path truthRun = Files.createDirectories(dir.resolve("truth-run"));
        Files.copy(dir.resolve("truth.csv"), truthRun.resolve("entities.csv"));
        truthAudit = new DataAuditor().audit(config, truthRun, AS_OF);
    }

    // ---------------------------------------------------------------- register

    @Test
    void register_generatedCounty_listsAllSixDatasetsWithTheirDocumentedItems() throws IOException {
        assertThat(truthAudit.datasets()).extracting(DatasetEntry::source).containsExactlyElementsOf(Datasets.NAMES);
        // the items each dataset holds, as fixtures/README.md lists its columns
        Map<String, List<DataItem>> documented = new LinkedHashMap<>();
        documented.put("council_tax", List.of(DataItem.TITLE, DataItem.GIVEN_NAME, DataItem.SURNAME,
                DataItem.DATE_OF_BIRTH, DataItem.ADDRESS, DataItem.POSTCODE, DataItem.UPRN));
        documented.put("electoral_register", List.of(DataItem.GIVEN_NAME, DataItem.MIDDLE_NAMES, DataItem.SURNAME,
                DataItem.DATE_OF_BIRTH, DataItem.ADDRESS, DataItem.POSTCODE, DataItem.UPRN));
        documented.put("housing_tenancies", List.of(DataItem.TITLE, DataItem.GIVEN_NAME, DataItem.SURNAME,
                DataItem.DATE_OF_BIRTH, DataItem.ADDRESS, DataItem.POSTCODE, DataItem.UPRN, DataItem.NI_NUMBER));
        documented.put("school_admissions", List.of(DataItem.GIVEN_NAME, DataItem.MIDDLE_NAMES, DataItem.SURNAME,
                DataItem.DATE_OF_BIRTH, DataItem.SEX, DataItem.ADDRESS, DataItem.POSTCODE));
        documented.put("social_care", List.of(DataItem.GIVEN_NAME, DataItem.SURNAME, DataItem.DATE_OF_BIRTH,
                DataItem.SEX, DataItem.ADDRESS, DataItem.POSTCODE));
        documented.put("housing_benefit", List.of(DataItem.TITLE, DataItem.GIVEN_NAME, DataItem.SURNAME,
                DataItem.DATE_OF_BIRTH, DataItem.ADDRESS, DataItem.POSTCODE, DataItem.UPRN, DataItem.NI_NUMBER));
        for (DatasetEntry d : truthAudit.datasets()) {
            assertThat(d.items()).as(d.source()).extracting(ItemQuality::item)
                    .containsExactlyElementsOf(documented.get(d.source()));
            assertThat(d.records()).as(d.source()).isEqualTo(rows(dir.resolve(d.source() + ".csv")).size());
            assertThat(d.keys().get(0).kind()).isEqualTo("own_reference");
        }
    }

    @Test
    void register_keysSpecialCategoriesAndDates_followTheDocumentedColumns() {
        assertThat(entry("council_tax").keys()).extracting(DatasetKey::kind).containsExactly("own_reference", "uprn");
        assertThat(entry("housing_benefit").keys()).extracting(DatasetKey::kind)
                .containsExactly("own_reference", "uprn", "ni_number");
        assertThat(entry("school_admissions").keys()).extracting(DatasetKey::kind).containsExactly("own_reference");
        // social care holds client groups such as "Physical disability": health and social care data
        assertThat(entry("social_care").specialCategories()).containsExactly("health", "social_care");
        Datasets.NAMES.stream().filter(n -> !n.equals("social_care"))
                .forEach(n -> assertThat(entry(n).specialCategories()).as(n).isEmpty());
        assertThat(entry("council_tax").dateRanges()).extracting(DateRange::column).containsExactly("liability_start");
        assertThat(entry("social_care").dateRanges()).extracting(DateRange::column).containsExactly("referral_date");
        // referral dates lie within 10..3010 days before the extract date (SocialCare.row)
        DateRange referrals = entry("social_care").dateRanges().get(0);
        assertThat(referrals.to()).isLessThanOrEqualTo("2026-03");
        assertThat(referrals.from()).isGreaterThanOrEqualTo("2018-01");
        assertThat(truthAudit.missingGovernance()).containsExactlyElementsOf(Datasets.NAMES);
    }

    @Test
    void register_completeness_isPresentValuesOverRecords_countedFromTheRawFile() throws IOException {
        List<CSVRecord> ct = rows(dir.resolve("council_tax.csv"));
        long dobs = ct.stream().filter(r -> !r.get("dob").isBlank()).count();
        ItemQuality dob = entry("council_tax").item(DataItem.DATE_OF_BIRTH);
        assertThat(dob.present()).isEqualTo(dobs);
        // "date of birth held for ~35%" (fixtures/README.md), less the 2% left blank as errors
        assertThat(dob.completeness()).isBetween(0.30, 0.38);
        assertThat(entry("social_care").item(DataItem.POSTCODE).validity()).isGreaterThan(0.95);
    }

    // ---------------------------------------------------------------- proposed standard

    @Test
    void standard_dateOfBirth_isTheMostCommonDocumentedFormat_andEachDatasetConformsExactlyWhenItUsesIt() {
        Map<String, String> documented = Datasets.dateFormats();
        Map<String, Long> votes = new TreeMap<>();
        documented.values().forEach(f -> votes.merge(f, 1L, Long::sum));
        long best = votes.values().stream().max(Long::compare).orElseThrow();
        List<String> modes = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        assertThat(modes).as("the generator's documented date formats have one mode").hasSize(1);
        StandardRow dob = row(StandardItem.DATE_OF_BIRTH_FORMAT);
        assertThat(dob.format()).isEqualTo(modes.get(0)).isEqualTo("dd/MM/yyyy");
        assertThat(dob.votes()).isEqualTo((int) best);
        assertThat(dob.tie()).isFalse();
        assertThat(dob.datasetFormats()).containsExactlyEntriesOf(documented);
        documented.forEach((source, format) -> assertThat(dob.conformance().get(source)).as(source)
                .isEqualTo(format.equals(dob.format()) ? 1.0 : 0.0));
    }

    @Test
    void standard_namesAddressesPostcodesAndCodes_matchTheGeneratorsDocumentedHabits() {
        // fixtures/README.md and the dataset classes: housing tenancies and benefit write names in UPPER case,
        // social care as "JONES, Siân", the others as given ("Siân", "Jones")
        assertThat(row(StandardItem.NAME_CASE).datasetFormats()).containsExactlyEntriesOf(ordered(
                "capitalised", "capitalised", "upper", "capitalised", "mixed", "upper"));
        assertThat(row(StandardItem.NAME_CASE).format()).isEqualTo("capitalised");
        assertThat(row(StandardItem.NAME_LAYOUT).datasetFormats()).containsExactlyEntriesOf(ordered(
                "separate", "separate", "separate", "separate", "surname_first", "separate"));
        // address_line_1..4, address_1..5, structured tenancy columns, one line, one line, addr1..4
        StandardRow layout = row(StandardItem.ADDRESS_LAYOUT);
        assertThat(layout.datasetFormats()).containsExactlyEntriesOf(ordered(
                "lines", "lines", "structured", "one_line", "one_line", "lines"));
        assertThat(layout.format()).isEqualTo("lines");
        assertThat(layout.votes()).isEqualTo(3);
        // council tax, tenancies and benefit write addresses in upper case, the other three as written: a tie
        StandardRow addressCase = row(StandardItem.ADDRESS_CASE);
        assertThat(addressCase.datasetFormats()).containsExactlyEntriesOf(ordered(
                "upper", "capitalised", "upper", "capitalised", "capitalised", "upper"));
        assertThat(addressCase.tie()).isTrue();
        // every dataset writes the gazetteer's postcode, "SA31 1AB"
        StandardRow postcode = row(StandardItem.POSTCODE_FORMAT);
        assertThat(postcode.format()).isEqualTo("upper_spaced");
        assertThat(postcode.votes()).isEqualTo(6);
        postcode.conformance().values().forEach(c -> assertThat(c).isGreaterThan(0.95));
        // school admissions: Male/Female; social care: M/F/U — one each, a tie the council must settle
        StandardRow sex = row(StandardItem.SEX_CODING);
        assertThat(sex.datasetFormats()).containsExactly(Map.entry("school_admissions", "word"),
                Map.entry("social_care", "letter"));
        assertThat(sex.tie()).isTrue();
        assertThat(row(StandardItem.NI_NUMBER_FORMAT).format()).isEqualTo("compact");
        // UPRN on most rows of council tax, tenancies and benefit, ~55% of electors; never in the other two
        StandardRow coding = row(StandardItem.PROPERTY_CODING);
        assertThat(coding.format()).isEqualTo("uprn");
        assertThat(coding.datasetFormats()).containsExactlyEntriesOf(ordered(
                "uprn", "uprn", "uprn", "none", "none", "uprn"));
        assertThat(coding.conformance().get("electoral_register")).isBetween(0.45, 0.65);
    }

    private static Map<String, String> ordered(String... formats) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < formats.length; i++) {
            m.put(Datasets.NAMES.get(i), formats[i]);
        }
        return m;
    }

    private static StandardRow row(StandardItem item) {
        return truthAudit.standard().stream().filter(r -> r.item() == item).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- output

    @Test
    void output_holdsNoNameDateOfBirthPostcodeOrAddressOfAnySource(@TempDir Path out) throws IOException {
        List<Path> files = new DataAuditWriter().write(truthAudit, out);
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("register.html", "register.cy.html",
                "register.json", "register.csv", "collection.csv", "standard.csv", "standard.md",
                DataAuditWriter.TEMPLATE);
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
        String text = all.toString();
        // words the outputs may legitimately carry: bundle texts, column and dataset names, the config's paths
        Set<String> vocabulary = new HashSet<>();
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            m.bundle().keySet().forEach(k -> vocabulary.addAll(List.of(m.get(k).split("[^\\p{L}]+"))));
        }
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (String source : Datasets.NAMES) {
            List<CSVRecord> rows = rows(dir.resolve(source + ".csv"));
            Map<DataItem, List<String>> columns = documentedColumns(source);
            vocabulary.addAll(rows.isEmpty() ? List.of() : rows.get(0).getParser().getHeaderNames());
            for (CSVRecord r : rows) {
                for (DataItem item : List.of(DataItem.GIVEN_NAME, DataItem.MIDDLE_NAMES, DataItem.SURNAME,
                        DataItem.DATE_OF_BIRTH, DataItem.POSTCODE, DataItem.ADDRESS, DataItem.NI_NUMBER)) {
                    for (String column : columns.getOrDefault(item, List.of())) {
                        String v = r.get(column).trim();
                        if (v.length() < 4 || vocabulary.contains(v)) {
                            continue;
                        }
                        checked++;
                        if (java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                                + java.util.regex.Pattern.quote(v) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                            leaks.add(source + "." + column);
                        }
                    }
                }
            }
        }
        assertThat(checked).as("values checked").isGreaterThan(20_000);
        assertThat(leaks).as("columns whose values appear in the output").isEmpty();
    }

    @Test
    void output_sameAudit_isByteIdentical(@TempDir Path a, @TempDir Path b) throws IOException {
        DataAudit again = new DataAuditor().audit(config, dir.resolve("truth-run"), AS_OF);
        List<Path> first = new DataAuditWriter().write(truthAudit, a);
        List<Path> second = new DataAuditWriter().write(again, b);
        assertThat(second).hasSameSizeAs(first);
        for (Path f : first) {
            assertThat(Files.readAllBytes(b.resolve(f.getFileName().toString()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
    }

    // ---------------------------------------------------------------- collected how many times

    @Test
    void collection_overTruthEntities_equalsAnIndependentCountFromTruthAndTheRawFiles() throws IOException {
        Map<DataItem, long[]> expected = independentCollection();
        assertThat(truthAudit.collection()).extracting(Collection::item)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Collection c : truthAudit.collection()) {
            long[] e = expected.get(c.item());
            assertThat(new long[] {c.holding(), c.inOne(), c.inTwo(), c.inThreeOrMore(), c.compared(),
                c.disagreeing(), c.services().size()})
                    .as(c.item().key()).containsExactly(e);
        }
        assertThat(truthAudit.residents()).isEqualTo(truthEntities().values().stream().distinct().count());
        assertThat(truthAudit.notInRun()).isZero();
    }

    @Test
    void collection_overARealLinkRun_isCloseToTheTruth() {
        Path run = dir.resolve("link-run");
        ResidentIndex.builder().config(config).configFile(dir.resolve("link.yaml")).build().link(run);
        DataAudit linked = new DataAuditor().audit(config, run, AS_OF);
        for (Collection t : truthAudit.collection()) {
            Collection l = linked.collection().stream().filter(c -> c.item() == t.item()).findFirst().orElseThrow();
            assertThat(l.services()).isEqualTo(t.services());
            assertThat(l.shareTwoOrMore()).as(t.item().key()).isCloseTo(t.shareTwoOrMore(),
                    org.assertj.core.data.Offset.offset(0.03));
            assertThat(l.shareThreeOrMore()).as(t.item().key()).isCloseTo(t.shareThreeOrMore(),
                    org.assertj.core.data.Offset.offset(0.03));
        }
        Collection dob = linked.collection().stream().filter(c -> c.item() == DataItem.DATE_OF_BIRTH).findFirst()
                .orElseThrow();
        assertThat(dob.services()).hasSize(6);
    }

    /**
     * Per item: {holding, in 1, in 2, in 3+, compared, disagreeing, services}, counted plainly: each dataset's
     * documented columns, values trimmed, residents from truth.csv.
     */
    private static Map<DataItem, long[]> independentCollection() throws IOException {
        Map<String, String> entityOf = truthEntities();
        // item -> entity -> service -> comparable values (null value: present, not comparable)
        Map<DataItem, Map<String, Map<String, List<String>>>> held = new TreeMap<>();
        Map<DataItem, Set<String>> services = new TreeMap<>();
        for (String source : Datasets.NAMES) {
            for (CSVRecord r : rows(dir.resolve(source + ".csv"))) {
                String entity = entityOf.get(source + "#" + r.get(0));
                for (Map.Entry<DataItem, String> v : values(source, r).entrySet()) {
                    held.computeIfAbsent(v.getKey(), k -> new HashMap<>()).computeIfAbsent(entity, k -> new HashMap<>())
                            .computeIfAbsent(source, k -> new ArrayList<>()).add(v.getValue());
                }
                for (DataItem item : itemsOf(source)) {
                    services.computeIfAbsent(item, k -> new HashSet<>()).add(source);
                }
            }
        }
        Map<DataItem, long[]> out = new TreeMap<>();
        for (DataItem item : services.keySet()) {
            long[] e = new long[7];
            for (Map<String, List<String>> bySource : held.getOrDefault(item, Map.of()).values()) {
                int k = bySource.size();
                e[0]++;
                e[1] += k == 1 ? 1 : 0;
                e[2] += k == 2 ? 1 : 0;
                e[3] += k >= 3 ? 1 : 0;
                Set<String> distinct = new HashSet<>();
                int comparableServices = 0;
                for (List<String> vs : bySource.values()) {
                    boolean any = false;
                    for (String v : vs) {
                        if (v != null) {
                            distinct.add(v);
                            any = true;
                        }
                    }
                    comparableServices += any ? 1 : 0;
                }
                if (comparableServices >= 2) {
                    e[4]++;
                    e[5] += distinct.size() > 1 ? 1 : 0;
                }
            }
            if (item == DataItem.ADDRESS) {
                e[4] = -1;
                e[5] = -1;
            }
            e[6] = services.get(item).size();
            out.put(item, e);
        }
        return out;
    }

    /** The items a dataset's columns hold (fixtures/README.md). */
    private static List<DataItem> itemsOf(String source) {
        return switch (source) {
            case "council_tax", "housing_benefit", "housing_tenancies", "electoral_register", "school_admissions",
                 "social_care" -> documentedColumns(source).keySet().stream().toList();
            default -> throw new IllegalArgumentException(source);
        };
    }

    /** Item → columns of each dataset, from fixtures/README.md. */
    private static Map<DataItem, List<String>> documentedColumns(String source) {
        Map<DataItem, List<String>> m = new LinkedHashMap<>();
        switch (source) {
            case "council_tax" -> {
                m.put(DataItem.TITLE, List.of("title"));
                m.put(DataItem.GIVEN_NAME, List.of("forename"));
                m.put(DataItem.SURNAME, List.of("surname"));
                m.put(DataItem.DATE_OF_BIRTH, List.of("dob"));
                m.put(DataItem.ADDRESS,
                        List.of("address_line_1", "address_line_2", "address_line_3", "address_line_4"));
                m.put(DataItem.POSTCODE, List.of("postcode"));
                m.put(DataItem.UPRN, List.of("property_ref"));
            }
            case "electoral_register" -> {
                m.put(DataItem.GIVEN_NAME, List.of("elector_forename"));
                m.put(DataItem.MIDDLE_NAMES, List.of("elector_middle_names"));
                m.put(DataItem.SURNAME, List.of("elector_surname"));
                m.put(DataItem.DATE_OF_BIRTH, List.of("date_of_birth"));
                m.put(DataItem.ADDRESS, List.of("address_1", "address_2", "address_3", "address_4", "address_5"));
                m.put(DataItem.POSTCODE, List.of("postcode"));
                m.put(DataItem.UPRN, List.of("uprn"));
            }
            case "housing_tenancies" -> {
                m.put(DataItem.TITLE, List.of("title"));
                m.put(DataItem.GIVEN_NAME, List.of("first_name"));
                m.put(DataItem.SURNAME, List.of("last_name"));
                m.put(DataItem.DATE_OF_BIRTH, List.of("date_of_birth"));
                m.put(DataItem.ADDRESS, List.of("flat_no", "house_no_name", "street", "area", "post_town"));
                m.put(DataItem.POSTCODE, List.of("post_code"));
                m.put(DataItem.UPRN, List.of("property_uprn"));
                m.put(DataItem.NI_NUMBER, List.of("ni_number"));
            }
            case "school_admissions" -> {
                m.put(DataItem.GIVEN_NAME, List.of("child_forename"));
                m.put(DataItem.MIDDLE_NAMES, List.of("child_middle_names"));
                m.put(DataItem.SURNAME, List.of("child_surname"));
                m.put(DataItem.DATE_OF_BIRTH, List.of("child_dob"));
                m.put(DataItem.SEX, List.of("child_gender"));
                m.put(DataItem.ADDRESS, List.of("home_address"));
                m.put(DataItem.POSTCODE, List.of("postcode"));
            }
            case "social_care" -> {
                m.put(DataItem.GIVEN_NAME, List.of("client_name"));
                m.put(DataItem.SURNAME, List.of("client_name"));
                m.put(DataItem.DATE_OF_BIRTH, List.of("dob"));
                m.put(DataItem.SEX, List.of("gender"));
                m.put(DataItem.ADDRESS, List.of("address"));
                m.put(DataItem.POSTCODE, List.of("postcode"));
            }
            case "housing_benefit" -> {
                m.put(DataItem.TITLE, List.of("title"));
                m.put(DataItem.GIVEN_NAME, List.of("forename"));
                m.put(DataItem.SURNAME, List.of("surname"));
                m.put(DataItem.DATE_OF_BIRTH, List.of("dob"));
                m.put(DataItem.ADDRESS, List.of("addr1", "addr2", "addr3", "addr4"));
                m.put(DataItem.POSTCODE, List.of("pcode"));
                m.put(DataItem.UPRN, List.of("uprn"));
                m.put(DataItem.NI_NUMBER, List.of("ni_number"));
            }
            default -> throw new IllegalArgumentException(source);
        }
        return m;
    }

    /** Item → comparison value (null: present but not comparable) of one raw row. */
    private static Map<DataItem, String> values(String source, CSVRecord r) {
        Map<DataItem, String> out = new LinkedHashMap<>();
        documentedColumns(source).forEach((item, columns) -> {
            StringBuilder joined = new StringBuilder();
            for (String c : columns) {
                joined.append(r.get(c).trim());
            }
            String raw = joined.toString();
            if (source.equals("social_care") && (item == DataItem.GIVEN_NAME || item == DataItem.SURNAME)) {
                // "JONES, Siân": surname before the comma, given name after it
                int comma = raw.indexOf(',');
                raw = comma < 0 ? (item == DataItem.SURNAME ? raw : "")
                        : item == DataItem.SURNAME ? raw.substring(0, comma).trim() : raw.substring(comma + 1).trim();
            }
            if (raw.isEmpty()) {
                return;
            }
            out.put(item, switch (item) {
                case TITLE, GIVEN_NAME, MIDDLE_NAMES, SURNAME -> letters(raw);
                case DATE_OF_BIRTH -> date(raw, Datasets.dateFormats().get(source));
                case SEX -> raw.startsWith("M") ? "MALE" : raw.startsWith("F") ? "FEMALE" : null;
                case POSTCODE, NI_NUMBER -> raw.replace(" ", "").toUpperCase(Locale.ROOT);
                case UPRN -> Long.toString(Long.parseLong(raw));
                default -> null;
            });
        });
        return out;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The date in the dataset's documented pattern, read as the generator writes it ({@code Locale.ROOT}: "Sep",
     * not the UK "Sept"); two-digit years in this century unless after the extract year.
     */
    private static String date(String raw, String pattern) {
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu")).toFormatter(Locale.ROOT)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        try {
            LocalDate d = LocalDate.parse(raw, f);
            if (!pattern.contains("yyyy") && d.getYear() > AS_OF.getYear()) {
                d = d.minusYears(100);
            }
            return d.isAfter(AS_OF) ? null : d.toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> truthEntities() throws IOException {
        Map<String, String> m = new HashMap<>();
        for (CSVRecord r : rows(dir.resolve("truth.csv"))) {
            m.put(r.get("source") + "#" + r.get("record_id"), r.get("entity_id"));
        }
        return m;
    }

    static List<CSVRecord> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, format)) {
            return p.getRecords();
        }
    }

    private static DatasetEntry entry(String source) {
        return truthAudit.datasets().stream().filter(d -> d.source().equals(source)).findFirst().orElseThrow();
    }
}
