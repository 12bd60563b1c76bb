package org.residentindex.insight.survey;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.Characteristic;

/**
 * Reads {@code responses.csv}: columns {@code respondent_id}, {@code role} ({@code officer} or {@code member}),
 * one column per characteristic id ({@link Characteristic#id()}) holding 1, 2, 3 or blank, and an optional
 * {@code comment}. A row with no level at all is an invitee who did not respond. Errors name the file, line
 * and column and never show a comment's text.
 */
public final class SurveyReader {

    /** The columns of the template, in order. */
    public static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("respondent_id", "role"));
        for (Characteristic ch : Characteristic.values()) {
            c.add(ch.id());
        }
        c.add("comment");
        return c;
    }

    /** Reads {@code file} (UTF-8). */
    public List<SurveyResponse> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<SurveyResponse> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String required : List.of("respondent_id", "role")) {
                if (!header.containsKey(required)) {
                    throw new ResidentIndexException(file + ": missing column '" + required + "' (expected "
                            + String.join(",", columns()) + ")");
                }
            }
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                String id = r.get("respondent_id");
                Role role = Role.of(r.get("role"));
                if (id.isBlank()) {
                    throw problem(file, line, "respondent_id", "is empty");
                }
                if (!ids.add(id)) {
                    throw problem(file, line, "respondent_id", "repeats an earlier row's id");
                }
                if (role == null) {
                    throw problem(file, line, "role", "must be officer or member");
                }
                Map<Characteristic, Integer> answers = new LinkedHashMap<>();
                for (Characteristic c : Characteristic.values()) {
                    if (!header.containsKey(c.id()) || !r.isSet(c.id())) {
                        continue;
                    }
                    String v = r.get(c.id());
                    if (v.isBlank()) {
                        continue;
                    }
                    if (!v.matches("[123]")) {
                        throw problem(file, line, c.id(), "must be 1, 2, 3 or blank");
                    }
                    answers.put(c, Integer.parseInt(v));
                }
                String comment = header.containsKey("comment") && r.isSet("comment") ? r.get("comment") : null;
                out.add(new SurveyResponse(id, role, answers, comment));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ResidentIndexException(file + ": not a responses file: " + e.getMessage(), e);
        }
        return out;
    }

    private static ResidentIndexException problem(Path file, long line, String column, String what) {
        return new ResidentIndexException(file + " line " + line + ", column " + column + ": " + what);
    }
}
