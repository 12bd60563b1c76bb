package org.residentindex.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.ingest.recognise.HeaderMatch;
import org.residentindex.ingest.recognise.HeaderRecogniser;
import org.residentindex.ingest.recognise.ValueMatch;
import org.residentindex.ingest.recognise.ValueRecogniser;
import org.residentindex.model.CanonicalField;

/**
 * Maps a header onto the canonical schema from the header and a sample of the rows together. Explicit settings
 * win (link.yaml / {@code --map} {@code mapping}, {@code id}, {@code ignore}). Every other column gets a candidate
 * field from {@link HeaderRecogniser} (role prefixes, synonyms, Welsh), confirmed or replaced by
 * {@link ValueRecogniser} when the header says nothing ({@code col7}) or only hints (a property reference is a
 * UPRN only when its values are); each candidate has a confidence and a reason. For each field the most
 * confident column wins (the earlier one on a tie) and the others become "other" columns with a
 * {@link MappingWarning.Code#DUPLICATE_CLAIM} warning. The record id, when not given, is the reference-like column
 * whose sampled values are distinct (the earliest of the most id-like). A header naming one column twice is an
 * error naming the file, line and column; blank header cells are named {@code column_N}. Warnings (no name, no
 * date of birth, no address, personal-looking columns left unmapped) are in the returned mapping. Thread-safe.
 */
public final class ColumnMapper {

    private static final Set<CanonicalField> PERSONAL = Set.of(CanonicalField.GIVEN_NAME, CanonicalField.SURNAME,
            CanonicalField.FULL_NAME, CanonicalField.DATE_OF_BIRTH, CanonicalField.NI_NUMBER, CanonicalField.EMAIL,
            CanonicalField.PHONE, CanonicalField.POSTCODE, CanonicalField.UPRN);
    private static final Set<CanonicalField> ADDRESS = Set.of(CanonicalField.ADDRESS, CanonicalField.ADDRESS_1,
            CanonicalField.ADDRESS_2, CanonicalField.ADDRESS_3, CanonicalField.ADDRESS_4, CanonicalField.ADDRESS_5,
            CanonicalField.FLAT, CanonicalField.HOUSE_NUMBER, CanonicalField.HOUSE_NAME, CanonicalField.STREET,
            CanonicalField.POSTCODE, CanonicalField.UPRN);
    /** Confidence below which a value-only candidate is not used. */
    private static final double MIN_VALUE_CONFIDENCE = 0.55;

    private final ValueRecogniser values;

    /** A mapper that reads dates against {@code today} and checks UPRNs with {@code knownUprn} (may be null). */
    public ColumnMapper(LocalDate today, LongPredicate knownUprn) {
        this.values = new ValueRecogniser(today, knownUprn);
    }

    /** A mapper without a gazetteer. */
    public ColumnMapper() {
        this(LocalDate.now(java.time.ZoneOffset.UTC), null);
    }

    /** Normalised form of a header: lower case ({@code Locale.ROOT}), letters and digits only. */
    public static String normaliseHeader(String header) {
        StringBuilder b = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The canonical field a header names, or null: {@link HeaderRecogniser#field} (synonyms after role prefixes,
     * address line numbers, Welsh headers). Used by the gazetteer matcher to find address columns.
     */
    public static CanonicalField lookup(String header) {
        CanonicalField f = HeaderRecogniser.field(header);
        return f == CanonicalField.RECORD_ID ? null : f;
    }

    /** The mapping of {@code header} for {@code config}, from the header alone. */
    public ColumnMapping map(List<String> header, SourceConfig config) {
        return map(header, List.of(), config, 0);
    }

    /**
     * The mapping of {@code header} for {@code config}, reading the sampled {@code rows} (rows of the header's
     * width; others are ignored) for what the values hold.
     *
     * @param headerLine the header's line, for error messages (0 when unknown)
     */
    public ColumnMapping map(List<String> rawHeader, List<List<String>> rows, SourceConfig config, long headerLine) {
        String where = "source '" + config.name() + "' (" + config.path() + ")";
        List<String> header = named(rawHeader);
        requireDistinct(header, where, headerLine);
        Map<CanonicalField, String> fields = new EnumMap<>(CanonicalField.class);
        Map<CanonicalField, String> origins = new EnumMap<>(CanonicalField.class);
        Map<String, MappingDecision> decisions = new HashMap<>();
        List<MappingWarning> warnings = new ArrayList<>();
        for (String column : config.ignore()) {
            requireColumn(header, column, "ignore", where, headerLine);
            decisions.put(column, new MappingDecision(column, "(ignored)", "config", 1.0, "ignored as asked"));
        }
        config.mapping().forEach((key, column) -> {
            CanonicalField field = CanonicalField.fromKey(key).orElseThrow(() ->
                    new ResidentIndexException(where + ": " + FieldCatalogue.unknownFieldMessage(key, "mapping")));
            requireColumn(header, column, "mapping " + key, where, headerLine);
            fields.put(field, column);
            origins.put(field, "config");
            decisions.put(column, new MappingDecision(column, field.key(), "config", 1.0, "given in the config"));
        });
        if (config.id() != null) {
            requireColumn(header, config.id(), "id", where, headerLine);
            fields.put(CanonicalField.RECORD_ID, config.id());
            origins.put(CanonicalField.RECORD_ID, "config");
            decisions.put(config.id(), new MappingDecision(config.id(), "record_id", "config", 1.0, "given as the id"));
        }
        Map<Integer, List<String>> columnValues = columnValues(header, rows);
        Map<CanonicalField, List<Candidate>> candidates = new EnumMap<>(CanonicalField.class);
        List<Candidate> idCandidates = new ArrayList<>();
        List<Candidate> idFallback = new ArrayList<>();
        Map<String, List<ValueMatch>> valueMatches = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (decisions.containsKey(column)) {
                continue;
            }
            List<String> vals = columnValues.getOrDefault(i, List.of());
            List<ValueMatch> vms = values.recognise(vals);
            valueMatches.put(column, vms);
            HeaderMatch hm = HeaderRecogniser.recognise(column);
            Candidate c = candidate(i, column, hm, vms);
            if (c != null && !fields.containsKey(c.field)) {
                candidates.computeIfAbsent(c.field, k -> new ArrayList<>()).add(c);
            } else if (c == null) {
                decisions.put(column, new MappingDecision(column, "(other)", hm.kind() == HeaderMatch.Kind.UNKNOWN
                        ? "none" : "header", hm.confidence(), hm.reason()));
                if (hm.kind() == HeaderMatch.Kind.ANOTHER_PERSON) {
                    warnings.add(MappingWarning.note(MappingWarning.Code.ANOTHER_PERSON, where + ": column '"
                            + column + "' holds another person's or a past " + hm.field().key() + "; not used"));
                }
            }
            if (hm.kind() == HeaderMatch.Kind.ID_LIKE || (c == null && hm.kind() == HeaderMatch.Kind.UNKNOWN)) {
                double score = (hm.kind() == HeaderMatch.Kind.ID_LIKE ? hm.confidence() : 0.1)
                        + (i == 0 ? 0.2 : 0.0);
                int sampled = rowsOfWidth(rows, header.size());
                if (!vals.isEmpty() && !ValueRecogniser.allDistinct(vals)) {
                    score -= 1.0;
                } else if (!vals.isEmpty() && vals.size() >= 0.99 * sampled) {
                    score += 0.4;
                } else if (!vals.isEmpty()) {
                    score -= 0.3;
                }
                idCandidates.add(new Candidate(i, column, CanonicalField.RECORD_ID, score, "header", hm.reason()));
                // a header that plainly names the id keeps its claim even when the sample repeats a value:
                // the repeats are rejected as duplicate ids, which is the loud outcome
                idFallback.add(new Candidate(i, column, CanonicalField.RECORD_ID, hm.kind() == HeaderMatch.Kind.ID_LIKE
                        ? hm.confidence() + (i == 0 ? 0.2 : 0.0) : 0.0, "header", hm.reason()));
            }
        }
        List<String> taken = new ArrayList<>(fields.values());
        candidates.forEach((field, list) -> {
            list.sort((a, b) -> a.confidence != b.confidence ? Double.compare(b.confidence, a.confidence)
                    : Integer.compare(a.index, b.index));
            Candidate winner = list.get(0);
            fields.put(field, winner.column);
            origins.put(field, "auto");
            taken.add(winner.column);
            decisions.put(winner.column, new MappingDecision(winner.column, field.key(), winner.origin,
                    winner.confidence, winner.reason));
            if (winner.origin.equals("values")) {
                warnings.add(MappingWarning.warning(MappingWarning.Code.FROM_VALUES, where + ": column '"
                        + winner.column + "' taken as " + field.key() + " from its values alone (" + winner.reason
                        + "); check it, or map it with --map"));
            }
            for (Candidate loser : list.subList(1, list.size())) {
                decisions.put(loser.column, new MappingDecision(loser.column, "(other)", loser.origin,
                        loser.confidence, "also looks like " + field.key() + ", but '" + winner.column
                        + "' is used"));
                warnings.add(MappingWarning.warning(MappingWarning.Code.DUPLICATE_CLAIM, where + ": columns '"
                        + winner.column + "' and '" + loser.column + "' both look like " + field.key() + "; '"
                        + winner.column + "' is used (choose with --map " + field.key() + "=COLUMN)"));
            }
        });
        if (!fields.containsKey(CanonicalField.RECORD_ID)) {
            chooseId(header, idCandidates, idFallback, taken, config, fields, origins, decisions, where, headerLine);
            taken.add(fields.get(CanonicalField.RECORD_ID));
        }
        List<String> ignored = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<MappingDecision> ordered = new ArrayList<>();
        for (String column : header) {
            if (config.ignore().contains(column)) {
                ignored.add(column);
            } else if (!taken.contains(column)) {
                other.add(column);
                personalLooking(column, valueMatches.getOrDefault(column, List.of()), decisions.get(column), where,
                        warnings);
            }
            MappingDecision d = decisions.get(column);
            ordered.add(d != null ? d : new MappingDecision(column, "(other)", "none", 0.0, "header not recognised"));
        }
        missing(fields, header, where, warnings);
        return new ColumnMapping(header, fields, origins, ignored, other, ordered, warnings, headerLine, 0);
    }

    /** A column's claim on a field. */
    private record Candidate(int index, String column, CanonicalField field, double confidence, String origin,
            String reason) { }

    private static Candidate candidate(int i, String column, HeaderMatch hm, List<ValueMatch> vms) {
        ValueMatch top = vms.isEmpty() ? null : vms.get(0);
        switch (hm.kind()) {
            case FIELD -> {
                ValueMatch agree = vms.stream().filter(v -> v.field() == hm.field()).findFirst().orElse(null);
                if (hm.needsValues()) {
                    return agree == null ? null : new Candidate(i, column, hm.field(),
                            Math.max(0.7, agree.confidence()), "header+values", hm.reason() + "; " + agree.reason());
                }
                if (agree != null) {
                    return new Candidate(i, column, hm.field(), Math.max(0.97, hm.confidence()), "header+values",
                            hm.reason() + "; " + agree.reason());
                }
                return new Candidate(i, column, hm.field(), hm.confidence(), "header", hm.reason());
            }
            case UNKNOWN -> {
                if (top != null && top.confidence() >= MIN_VALUE_CONFIDENCE) {
                    return new Candidate(i, column, top.field(), top.confidence(), "values", top.reason());
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static void chooseId(List<String> header, List<Candidate> idCandidates, List<Candidate> idFallback,
            List<String> taken,
            SourceConfig config, Map<CanonicalField, String> fields, Map<CanonicalField, String> origins,
            Map<String, MappingDecision> decisions, String where, long headerLine) {
        Candidate best = null;
        for (Candidate c : idCandidates) {
            if (taken.contains(c.column) || config.ignore().contains(c.column) || c.confidence < 0.5) {
                continue;
            }
            if (best == null || c.confidence > best.confidence) {
                best = c;
            }
        }
        if (best == null) {
            for (Candidate c : idFallback) {
                if (!taken.contains(c.column) && !config.ignore().contains(c.column) && c.confidence >= 0.6
                        && (best == null || c.confidence > best.confidence)) {
                    best = c;
                }
            }
        }
        if (best == null) {
            throw new ResidentIndexException(where + ": no record id column found in the header" + at(headerLine)
                    + " " + shown(header) + "; give one with --id " + config.name() + ":COLUMN or 'id:' in link.yaml");
        }
        fields.put(CanonicalField.RECORD_ID, best.column);
        origins.put(CanonicalField.RECORD_ID, "auto");
        decisions.put(best.column, new MappingDecision(best.column, "record_id", "header+values",
                Math.min(1.0, best.confidence), best.reason + (idCandidates.contains(best)
                        ? "; sampled values are distinct" : "; sampled values repeat (repeats are rejected)")));
    }

    private static void personalLooking(String column, List<ValueMatch> vms, MappingDecision d, String where,
            List<MappingWarning> warnings) {
        if (d != null && !d.origin().equals("none")) {
            return;
        }
        for (ValueMatch v : vms) {
            if (PERSONAL.contains(v.field()) && v.confidence() >= MIN_VALUE_CONFIDENCE) {
                warnings.add(MappingWarning.warning(MappingWarning.Code.PERSONAL_UNMAPPED, where + ": column '"
                        + column + "' looks like " + v.field().key() + " (" + v.reason() + ") but is not used; map it"
                        + " with --map " + v.field().key() + "=COLUMN or ignore it with --ignore"));
                return;
            }
        }
    }

    private static void missing(Map<CanonicalField, String> fields, List<String> header, String where,
            List<MappingWarning> warnings) {
        boolean name = fields.containsKey(CanonicalField.GIVEN_NAME) || fields.containsKey(CanonicalField.SURNAME)
                || fields.containsKey(CanonicalField.FULL_NAME);
        if (!name) {
            warnings.add(MappingWarning.warning(MappingWarning.Code.NO_NAME, where + ": no name column found among "
                    + shown(header) + "; map one with --map given_name=COLUMN, surname=COLUMN or full_name=COLUMN"));
        }
        if (!fields.containsKey(CanonicalField.DATE_OF_BIRTH)) {
            warnings.add(MappingWarning.warning(MappingWarning.Code.NO_DATE_OF_BIRTH, where + ": no date of birth"
                    + " column found among " + shown(header) + "; map one with --map date_of_birth=COLUMN"));
        }
        if (fields.keySet().stream().noneMatch(ADDRESS::contains)) {
            warnings.add(MappingWarning.warning(MappingWarning.Code.NO_ADDRESS, where + ": no address, postcode or"
                    + " UPRN column found; addresses will not be matched"));
        }
    }

    /** Header names with blank cells named {@code column_N} (1-based). */
    private static List<String> named(List<String> header) {
        List<String> out = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).trim();
            out.add(h.isEmpty() ? "column_" + (i + 1) : h);
        }
        return out;
    }

    private static void requireDistinct(List<String> header, String where, long headerLine) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer first = seen.putIfAbsent(header.get(i), i);
            if (first != null) {
                String name = org.residentindex.ingest.layout.TableStart.looksLikeHeader(header)
                        || HeaderRecogniser.recognise(header.get(i)).kind() != HeaderMatch.Kind.UNKNOWN
                        ? "'" + header.get(i) + "'" : "(name not shown: the row may not be a header)";
                throw new ResidentIndexException(where + at(headerLine) + ": column " + name + " appears twice in the header (columns " + (first + 1) + " and " + (i + 1)
                        + "); rename one of them in the file");
            }
        }
    }

    /** The header for a message: its names when it reads as a header, else a hint (it may be a record). */
    private static String shown(List<String> header) {
        return org.residentindex.ingest.layout.TableStart.looksLikeHeader(header) ? "(" + HeaderShape.describe(header) + ")"
                : "(" + header.size() + " columns; the first line does not look like a header (its values are not"
                + " shown: it may be a data row); if the header is lower down, give --skip-rows N or skip_rows)";
    }

    private static String at(long headerLine) {
        return headerLine > 0 ? " line " + headerLine : "";
    }

    private static int rowsOfWidth(List<List<String>> rows, int width) {
        int n = 0;
        for (List<String> r : rows) {
            if (r.size() == width) {
                n++;
            }
        }
        return n;
    }

    /** Non-blank sampled values per column index, from rows of the header's width. */
    private static Map<Integer, List<String>> columnValues(List<String> header, List<List<String>> rows) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                continue;
            }
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v != null && !v.isBlank()) {
                    out.computeIfAbsent(i, k -> new ArrayList<>()).add(v.trim());
                }
            }
        }
        return out;
    }

    private static void requireColumn(List<String> header, String column, String setting, String where, long line) {
        if (!header.contains(column)) {
            throw new ResidentIndexException(where + ": column '" + column + "' given for " + setting
                    + " is not in the header" + at(line) + " " + shown(header));
        }
    }
}
