package org.residentindex.ingest.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.residentindex.model.CanonicalField;

/**
 * Reads a column header as words. A header is split into lower-case ({@code Locale.ROOT}) words at punctuation,
 * spaces, camel case and letter/digit boundaries, accents removed ({@code Dyddiad Geni}, {@code DateOfBirth},
 * {@code ADDRESS_LINE_1}, {@code D.O.B}); runs of single letters are joined ({@code d o b} → {@code dob},
 * {@code N.I. No} → {@code ni no}). The words are then read in this order:
 * <ol>
 * <li>the whole header against the synonyms table ({@code org/residentindex/normalise/column-synonyms.txt},
 *     English and Welsh);</li>
 * <li>a leading other-person word ({@code parent_}, {@code guardian_}, {@code emergency_contact_},
 *     {@code previous_}, {@code maiden_} …) followed by a personal field: {@link HeaderMatch.Kind#ANOTHER_PERSON}
 *     — someone else's details, never used for this record;</li>
 * <li>leading role words ({@code child_}, {@code elector_}, {@code client_}, {@code tenant_}, {@code applicant_},
 *     {@code claimant_}, {@code liable_party_}, {@code pupil_}, {@code home_} …) removed, then the synonyms
 *     again; a role word followed only by a reference word ({@code tenant_ref}, {@code elector_number}) is a
 *     record reference, not a house number;</li>
 * <li>address line numbers ({@code address line 3}, {@code addr3}, {@code llinell cyfeiriad 2}) → address_N;
 *     a property reference ({@code property_ref}, {@code Property Reference}) → uprn, to be confirmed by its
 *     values;</li>
 * <li>a date word without a birth word ({@code liability_start}, {@code referral_date}) → not a date of birth;</li>
 * <li>the longest trailing run of words that is a synonym ({@code legal_surname} → surname), at lower confidence;</li>
 * <li>a last word that names a reference ({@code _id}, {@code _ref}, {@code _no}, {@code cyfeirnod}) → a candidate
 *     record id.</li>
 * </ol>
 * Stateless and thread-safe; the tables are read once.
 */
public final class HeaderRecogniser {

    private static final Map<String, CanonicalField> SYNONYMS = loadSynonyms();

    /** Role words a council puts before the record's own fields. */
    private static final Set<String> ROLE_WORDS = Set.of("child", "childs", "children", "pupil", "pupils", "student",
            "elector", "electors", "client", "clients", "tenant", "tenants", "applicant", "applicants", "claimant",
            "claimants", "liable", "party", "customer", "resident", "residents", "person", "persons", "patient",
            "member", "individual", "citizen", "subject", "service", "user", "main", "lead", "primary", "account",
            "holder", "occupier", "occupant", "householder", "voter", "learner", "plentyn", "disgybl", "cleient",
            "tenant's", "home", "current", "property", "residential", "postal", "supply", "correspondence", "cartref",
            "legal", "registered", "official");

    /** Words that make a name an alternative one (a nickname or alias), not the record's main name. */
    private static final Set<String> ALIAS_WORDS = Set.of("preferred", "known", "alias", "aka", "nickname",
            "alternative", "alt");

    /** Words that say the details belong to someone else than the record's person, or to the past. */
    private static final Set<String> OTHER_PERSON_WORDS = Set.of("parent", "parents", "guardian", "guardians",
            "carer", "carers", "emergency", "nok", "kin", "landlord", "agent", "spouse", "partner", "mother",
            "mothers", "father", "fathers", "gp", "doctor", "referrer", "employer", "previous", "prev", "former",
            "old", "forwarding", "maiden", "birthname", "rhiant", "gwarcheidwad", "partners", "joint", "second",
            "other", "relative", "sibling", "next", "keyworker", "social", "worker");

    private static final Set<String> REFERENCE_WORDS = Set.of("id", "ref", "reference", "no", "number", "num", "nr",
            "key", "code", "cyfeirnod", "rhif", "identifier", "urn", "pk");

    private static final Set<String> DATE_WORDS = Set.of("date", "dt", "dyddiad", "start", "end", "from", "to",
            "since", "until", "created", "updated", "modified", "referral", "received", "started", "ended", "expiry",
            "issued", "commenced", "dechrau", "diwedd", "year", "month", "time");

    private static final Set<String> BIRTH_WORDS = Set.of("birth", "dob", "born", "geni", "birthday");

    private static final Set<String> ADDRESS_LINE_WORDS = Set.of("address", "addr", "add", "adr", "line", "ln",
            "llinell", "cyfeiriad", "addline", "addressline");

    private static final Set<String> PROPERTY_REF = Set.of("propertyreference", "propertyref", "propref",
            "propertyid", "propertyno", "propertynumber", "proprefno", "propertyrefno", "propertycode",
            "cyfeirnodeiddo");

    private HeaderRecogniser() {
    }

    /** What {@code header} says about its column. Never null. */
    public static HeaderMatch recognise(String header) {
        List<String> words = words(header);
        if (words.isEmpty()) {
            return HeaderMatch.unknown();
        }
        String whole = String.join("", words);
        CanonicalField direct = SYNONYMS.get(whole);
        if (direct != null) {
            return field(direct, 0.95, "header '" + header + "' is a name for " + direct.key());
        }
        if (PROPERTY_REF.contains(whole)) {
            return new HeaderMatch(HeaderMatch.Kind.FIELD, CanonicalField.UPRN, 0.6, true,
                    "header '" + header + "' names a property reference (a UPRN when its values are UPRNs)");
        }
        HeaderMatch other = anotherPerson(header, words);
        if (other != null) {
            return other;
        }
        List<String> rest = new ArrayList<>(words);
        List<String> removed = new ArrayList<>();
        while (rest.size() > 1 && ROLE_WORDS.contains(rest.get(0))) {
            removed.add(rest.remove(0));
        }
        String stripped = String.join("", rest);
        if (!removed.isEmpty()) {
            String prefix = String.join("_", removed) + "_";
            if (rest.size() == 1 && REFERENCE_WORDS.contains(rest.get(0))) {
                return new HeaderMatch(HeaderMatch.Kind.ID_LIKE, null, 0.6, false,
                        "header '" + header + "' names a reference ('" + prefix + "' + '" + rest.get(0) + "')");
            }
            CanonicalField f = SYNONYMS.get(stripped);
            if (f == null && PROPERTY_REF.contains(stripped)) {
                return new HeaderMatch(HeaderMatch.Kind.FIELD, CanonicalField.UPRN, 0.6, true,
                        "header '" + header + "' names a property reference (a UPRN when its values are UPRNs)");
            }
            if (f != null && f != CanonicalField.RECORD_ID) {
                return field(f, 0.9, "header '" + header + "' is a name for " + f.key() + " after the role word '"
                        + prefix + "'");
            }
        }
        HeaderMatch line = addressLine(header, rest);
        if (line != null) {
            return line;
        }
        if (rest.stream().anyMatch(DATE_WORDS::contains) && rest.stream().noneMatch(BIRTH_WORDS::contains)) {
            return new HeaderMatch(HeaderMatch.Kind.OTHER_DATE, null, 0.8, false,
                    "header '" + header + "' names a date that is not a date of birth");
        }
        if (rest.stream().anyMatch(BIRTH_WORDS::contains)) {
            return field(CanonicalField.DATE_OF_BIRTH, 0.85, "header '" + header + "' names a birth date");
        }
        for (int from = 1; from < rest.size(); from++) {
            String tail = String.join("", rest.subList(from, rest.size()));
            CanonicalField f = SYNONYMS.get(tail);
            if (f != null && f != CanonicalField.RECORD_ID && !isBareReference(rest.subList(from, rest.size()))) {
                return field(f, 0.75, "header '" + header + "' ends with a name for " + f.key());
            }
        }
        if (REFERENCE_WORDS.contains(rest.get(rest.size() - 1)) || SYNONYMS.get(whole) == CanonicalField.RECORD_ID) {
            return new HeaderMatch(HeaderMatch.Kind.ID_LIKE, null, 0.5, false,
                    "header '" + header + "' ends with a reference word");
        }
        return HeaderMatch.unknown();
    }

    /** The canonical field the header names (kind {@link HeaderMatch.Kind#FIELD}), or null. */
    public static CanonicalField field(String header) {
        HeaderMatch m = recognise(header);
        return m.kind() == HeaderMatch.Kind.FIELD ? m.field() : null;
    }

    /** The words of a header, as described in the class comment. */
    public static List<String> words(String header) {
        if (header == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> raw = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (char c : plain.toCharArray()) {
            boolean letter = Character.isLetter(c);
            boolean digit = Character.isDigit(c);
            if (!letter && !digit) {
                flush(w, raw);
            } else {
                boolean boundary = w.length() > 0 && ((Character.isLowerCase(prev) && Character.isUpperCase(c))
                        || (Character.isLetter(prev) && digit) || (Character.isDigit(prev) && letter));
                if (boundary) {
                    flush(w, raw);
                }
                w.append(c);
            }
            prev = c;
        }
        flush(w, raw);
        List<String> out = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (String s : raw) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.length() == 1 && Character.isLetter(lower.charAt(0))) {
                singles.append(lower);
                continue;
            }
            flush(singles, out);
            out.add(lower);
        }
        flush(singles, out);
        return out;
    }

    private static void flush(StringBuilder b, List<String> into) {
        if (b.length() > 0) {
            into.add(b.toString());
            b.setLength(0);
        }
    }

    private static HeaderMatch field(CanonicalField f, double confidence, String reason) {
        return f == CanonicalField.RECORD_ID
                ? new HeaderMatch(HeaderMatch.Kind.ID_LIKE, null, 0.9, false, reason)
                : new HeaderMatch(HeaderMatch.Kind.FIELD, f, confidence, false, reason);
    }

    private static boolean isBareReference(List<String> words) {
        return words.size() == 1 && REFERENCE_WORDS.contains(words.get(0));
    }

    /** Another person's (or a past, or an alternative) name, date of birth, contact or address. */
    private static HeaderMatch anotherPerson(String header, List<String> words) {
        boolean alias = ALIAS_WORDS.contains(words.get(0));
        if (!OTHER_PERSON_WORDS.contains(words.get(0)) && !alias) {
            return trailingOtherPerson(header, words);
        }
        int i = 1;
        while (i < words.size() - 1 && (OTHER_PERSON_WORDS.contains(words.get(i)) || ALIAS_WORDS.contains(words.get(i))
                || ROLE_WORDS.contains(words.get(i)) || words.get(i).equals("of") || words.get(i).equals("contact")
                || words.get(i).equals("as"))) {
            i++;
        }
        List<String> rest = words.subList(i, words.size());
        CanonicalField f = null;
        for (int from = 0; from < rest.size() && f == null; from++) {
            f = SYNONYMS.get(String.join("", rest.subList(from, rest.size())));
        }
        if (f == null && rest.stream().anyMatch(BIRTH_WORDS::contains)) {
            f = CanonicalField.DATE_OF_BIRTH;
        }
        if (f == null && (words.get(0).equals("maiden") || words.get(0).equals("birthname"))) {
            f = CanonicalField.SURNAME;
        }
        if (f == null || f == CanonicalField.RECORD_ID || f == CanonicalField.HOUSE_NUMBER) {
            return null;
        }
        String whose = alias ? "an alternative " : "another person's or a past ";
        return new HeaderMatch(HeaderMatch.Kind.ANOTHER_PERSON, f, 0.8, false, "header '" + header + "' is " + whose
                + f.key() + " ('" + String.join("_", words.subList(0, i)) + "'); not used for matching");
    }

    /**
     * The other-person word after the field, as Welsh puts it ({@code enw rhiant}, "name of parent") and English
     * does with "of" ({@code name of guardian}).
     */
    private static HeaderMatch trailingOtherPerson(String header, List<String> words) {
        int at = -1;
        for (int i = 1; i < words.size(); i++) {
            if (OTHER_PERSON_WORDS.contains(words.get(i)) && !words.get(i).equals("other")
                    && !words.get(i).equals("second")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        List<String> head = new ArrayList<>(words.subList(0, at));
        if (!head.isEmpty() && head.get(head.size() - 1).equals("of")) {
            head.remove(head.size() - 1);
        }
        CanonicalField f = SYNONYMS.get(String.join("", head));
        if (f == null || f == CanonicalField.RECORD_ID || f == CanonicalField.HOUSE_NUMBER) {
            return null;
        }
        return new HeaderMatch(HeaderMatch.Kind.ANOTHER_PERSON, f, 0.8, false, "header '" + header
                + "' is another person's " + f.key() + " ('" + words.get(at) + "'); not used for matching");
    }

    private static HeaderMatch addressLine(String header, List<String> words) {
        String last = words.get(words.size() - 1);
        if (words.size() < 2 || !last.chars().allMatch(Character::isDigit) || last.length() > 2) {
            return null;
        }
        boolean addressy = words.subList(0, words.size() - 1).stream().allMatch(ADDRESS_LINE_WORDS::contains);
        if (!addressy) {
            return null;
        }
        int n = Math.max(1, Math.min(5, Integer.parseInt(last)));
        CanonicalField f = CanonicalField.valueOf("ADDRESS_" + n);
        return field(f, 0.9, "header '" + header + "' is address line " + last);
    }

    private static Map<String, CanonicalField> loadSynonyms() {
        Map<String, CanonicalField> map = new HashMap<>();
        try (InputStream in = HeaderRecogniser.class.getResourceAsStream(
                "/org/residentindex/normalise/column-synonyms.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String key = line.substring(0, colon);
                CanonicalField field = CanonicalField.fromKey(key)
                        .orElseThrow(() -> new IllegalStateException("bad synonyms key: " + key));
                map.put(String.join("", words(field.key())), field);
                for (String s : line.substring(colon + 1).split(",")) {
                    map.put(String.join("", words(s.trim())), field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
