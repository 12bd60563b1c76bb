package org.residentindex.insight.survey;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.Characteristic;

/**
 * Writes the questionnaire: the blank template (one row per invitee, ids {@code O001}…, {@code M001}…, for the
 * council to fill in or load into a form tool) and the questions with the WAO descriptors; and a generated demo
 * survey for tests and the demo (seeded, deterministic; response rates near the audit's Carmarthenshire
 * figures; officers answer a little higher than members, as self-assessments tend to).
 */
public final class SurveyFiles {

    private SurveyFiles() {
    }

    /** The blank template for {@code officers} + {@code members} invitees. */
    public static void template(Path csv, int officers, int members) {
        write(csv, invitees(officers, members, null));
    }

    /**
     * A generated survey: {@code round(officerRate × officers)} officers and {@code round(memberRate × members)}
     * members respond, chosen at random; answers scatter around a "true" level per characteristic; about one respondent in
     * four writes a comment.
     */
    public static void demo(Path csv, int officers, int members, double officerRate, double memberRate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] centre = {2, 2, 2, 2, 1, 2, 1}; // per characteristic, in the WAO order
        List<SurveyResponse> rows = new ArrayList<>();
        // exactly round(rate × invited) respond (12 of 23 officers, 15 of 72 members at the audit's rates)
        java.util.Set<String> responders = new java.util.HashSet<>();
        for (Role role : Role.values()) {
            List<SurveyResponse> of = invitees(officers, members, null).stream().filter(r -> r.role() == role)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            long k = Math.round((role == Role.OFFICER ? officerRate : memberRate) * of.size());
            for (int i = of.size() - 1; i > 0; i--) {
                java.util.Collections.swap(of, i, random.nextInt(i + 1));
            }
            of.subList(0, (int) k).forEach(r -> responders.add(r.respondent()));
        }
        for (SurveyResponse blank : invitees(officers, members, null)) {
            if (!responders.contains(blank.respondent())) {
                rows.add(blank);
                continue;
            }
            java.util.Map<Characteristic, Integer> answers = new java.util.EnumMap<>(Characteristic.class);
            for (Characteristic c : Characteristic.values()) {
                if (random.nextDouble() < 0.06) {
                    continue; // left blank
                }
                int level = centre[c.ordinal()] + (blank.role() == Role.OFFICER && random.nextDouble() < 0.35 ? 1 : 0)
                        + (random.nextDouble() < 0.2 ? -1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
                answers.put(c, Math.max(1, Math.min(3, level)));
            }
            String comment = random.nextDouble() < 0.25 ? "Generated comment " + blank.respondent() : null;
            rows.add(new SurveyResponse(blank.respondent(), blank.role(), answers, comment));
        }
        write(csv, rows);
    }

    private static List<SurveyResponse> invitees(int officers, int members, String comment) {
        List<SurveyResponse> rows = new ArrayList<>();
        for (int i = 1; i <= officers; i++) {
            rows.add(new SurveyResponse(String.format(java.util.Locale.ROOT, "O%03d", i), Role.OFFICER,
                    java.util.Map.of(), comment));
        }
        for (int i = 1; i <= members; i++) {
            rows.add(new SurveyResponse(String.format(java.util.Locale.ROOT, "M%03d", i), Role.MEMBER,
                    java.util.Map.of(), comment));
        }
        return rows;
    }

    private static void write(Path csv, List<SurveyResponse> rows) {
        try {
            if (csv.getParent() != null) {
                Files.createDirectories(csv.getParent());
            }
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                p.printRecord(SurveyReader.columns());
                for (SurveyResponse r : rows) {
                    List<String> cells = new ArrayList<>(List.of(r.respondent(), r.role().id()));
                    for (Characteristic c : Characteristic.values()) {
                        Integer level = r.answers().get(c);
                        cells.add(level == null ? "" : level.toString());
                    }
                    cells.add(r.comment() == null ? "" : r.comment());
                    p.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write " + csv + ": " + e.getMessage(), e);
        }
    }
}
