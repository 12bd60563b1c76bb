package org.residentindex.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Seeded synthetic residents for pipeline tests: Welsh-skewed surnames (many Joneses), households sharing
 * surname and address, and noisy copies (typos, day/month swaps, missing fields). Each record carries its true
 * person id in the {@code person} of {@link Row}, never in the CSV.
 */
final class TestPeople {

    static final String HEADER = "ref,forename,surname,dob,house_number,street,postcode";

    private static final String[] GIVEN = {"david", "sian", "rhys", "megan", "gareth", "ffion", "owain", "cerys",
        "huw", "eleri", "gethin", "angharad", "dylan", "nia", "iwan", "catrin", "aled", "lowri", "emyr", "bethan",
        "john", "mary", "thomas", "elizabeth", "william", "margaret", "richard", "susan", "robert", "helen"};
    private static final String[] SURNAMES = {"jones", "jones", "jones", "davies", "davies", "williams", "williams",
        "evans", "thomas", "roberts", "hughes", "lewis", "morgan", "griffiths", "edwards", "lloyd", "owen", "parry",
        "pritchard", "bevan", "llewellyn", "ffrancon", "vaughan", "meredith", "tudur", "gwilym", "prosser", "rowlands",
        "watkins", "probert", "cadwaladr", "glyndwr", "mostyn", "picton", "nanney", "wynne"};
    private static final String[] STREETS = {"heol y bryn", "stryd fawr", "ffordd las", "lon glan", "station road",
        "church street", "maes y dre", "clos y coed", "heol awst", "park terrace", "bridge street", "water street"};

    /** A person's true values. */
    record Person(String id, String given, String surname, LocalDate dob, int house, String street, String postcode) {
    }

    /** One CSV row with its true person. */
    record Row(String ref, String person, String[] values) {
    }

    private TestPeople() {
    }

    /** {@code households} households of 1–4 people sharing surname and address. */
    static List<Person> people(int households, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            String surname = SURNAMES[r.nextInt(SURNAMES.length)];
            String street = STREETS[r.nextInt(STREETS.length)];
            int house = 1 + r.nextInt(120);
            String postcode = String.format(Locale.ROOT, "SA%d %d%c%c", 14 + r.nextInt(20), 1 + r.nextInt(9),
                    (char) ('A' + r.nextInt(8)), (char) ('P' + r.nextInt(8)));
            int size = 1 + r.nextInt(4);
            for (int m = 0; m < size; m++) {
                LocalDate dob = LocalDate.of(1930 + r.nextInt(85), 1 + r.nextInt(12), 1 + r.nextInt(28));
                people.add(new Person("p" + people.size(), GIVEN[r.nextInt(GIVEN.length)], surname, dob, house,
                        street, postcode));
            }
        }
        return people;
    }

    /** A clean row of {@code p}. */
    static Row clean(Person p, String ref) {
        return new Row(ref, p.id(), new String[] {ref, p.given(), p.surname(), p.dob().toString(),
            Integer.toString(p.house()), p.street(), p.postcode()});
    }

    /** A row of {@code p} with one or two errors: a typo, a day/month swap or a missing field. */
    static Row noisy(Person p, String ref, SplittableRandom r) {
        String[] v = clean(p, ref).values().clone();
        int errors = 1 + r.nextInt(2);
        for (int e = 0; e < errors; e++) {
            switch (r.nextInt(5)) {
                case 0 -> v[1] = typo(v[1], r);
                case 1 -> v[2] = typo(v[2], r);
                case 2 -> v[3] = p.dob().getDayOfMonth() <= 12
                        ? LocalDate.of(p.dob().getYear(), p.dob().getDayOfMonth(), p.dob().getMonthValue()).toString()
                        : "";
                case 3 -> v[4] = "";
                default -> v[6] = "";
            }
        }
        return new Row(ref, p.id(), v);
    }

    private static String typo(String s, SplittableRandom r) {
        if (s.length() < 4) {
            return s;
        }
        int at = 1 + r.nextInt(s.length() - 2);
        return s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
    }

    /** Writes rows as a CSV file. */
    static Path write(Path file, List<Row> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out)) {
            p.printRecord((Object[]) HEADER.split(","));
            for (Row row : rows) {
                p.printRecord((Object[]) row.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
