package org.residentindex.normalise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.Postcode;

/**
 * Parses addresses into flat / house number and suffix / house name / street / locality / town / postcode.
 * Structured columns (flat, house_number, house_name, street, locality, town, postcode) are taken as given;
 * free text ({@code address}, {@code address_1..5}, split at commas and line breaks) fills the rest, line by
 * line: a flat prefix ("Flat 2", "Apartment 3B", "Ground Floor Flat"), "2/14 X Road" (flat 2 of number 14),
 * "14B X Road" (number 14, suffix b), a number alone on a line followed by the street, a line holding a street
 * descriptor, and before the street any other line as a house name ("Ty Gwyn"). Lines after the street are
 * locality then town (the last line); a trailing or standalone postcode is recognised. Streets are split by
 * {@link BilingualPlaces} so "Heol y Bryn" and "Bryn Road" share {@link ParsedAddress#streetKey()}.
 * Never throws; null-safe; locale-independent; thread-safe.
 */
public final class AddressParser implements Normaliser<ParsedAddress> {

    private static final Pattern FLAT = Pattern.compile(
            "^(?:flat|fflat|apartment|apt|unit|room|maisonette)\\s*(?:no\\s*)?([0-9]+[a-z]?|[a-z])\\b\\s*(.*)$");
    private static final Pattern FLOOR = Pattern.compile(
            "^((?:basement|lower ground|ground|first|second|third|top|upper|1st|2nd|3rd) floor(?: flat)?)\\b\\s*(.*)$");
    /** First letters of every word {@link #FLAT} and {@link #FLOOR} can start with. */
    private static final String FLAT_FIRST_LETTERS = "faurmblgst1234r";
    private static final Pattern SLASH = Pattern.compile("^([0-9]+[a-z]?)\\s*/\\s*([0-9]+)([a-z]?)\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]+)([a-z]?)(?:\\s*-\\s*[0-9]+[a-z]?)?\\s+(.+)$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^([0-9]+)\\s*([a-z]?)$");
    /** "15 1/2 Mill Road": a half number (written ½, 1/2, "& a half" before folding). */
    private static final Pattern HALF = Pattern.compile("^([0-9]+)\\s+1/2\\s+(.+)$");
    /** "12 a Mill Road": a suffix letter written apart ("y" is a Welsh article, not a suffix). */
    private static final Pattern SPACED_SUFFIX = Pattern.compile("^([0-9]+)\\s([a-xz])\\s+(.+)$");
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)([0-9])\\s*(?:&|and)\\s*a\\s*half\\b");
    private static final Pattern PARENTHESES = Pattern.compile("[()\\[\\]]");
    /** A number token (with an optional suffix letter) inside a line that does not start with one. */
    private static final Pattern INNER_NUMBER = Pattern.compile("^(.*?[a-z].*?)\\s+([0-9]+[a-z]?(?:\\s*-\\s*[0-9]+[a-z]?)?\\s+.+)$");
    /** Words of a secondary address by floor or position ("ground floor flat", "rear of", "top flat", "gf"). */
    private static final Set<String> FLOOR_WORDS = Set.of("basement", "ground", "gnd", "grd", "gf", "lower",
            "upper", "first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th", "top", "attic", "rear",
            "front", "back", "lg", "ff", "sf");
    /** Words that make a run of {@link #FLOOR_WORDS} certainly a secondary address, whatever follows. */
    private static final Set<String> FLAT_WORDS = Set.of("flat", "flats", "floor", "floors", "flr", "apartment",
            "apt", "maisonette", "basement", "gf", "gnd", "grd");
    private static final Set<String> FLAT_GLUE = Set.of("and", "of", "the");
    private static final Set<String> FLAT_PREFIX_WORDS = Set.of("unit", "room", "no", "number", "studio", "fflat");
    private static final Counties COUNTIES = new Counties();
    private static final Pattern LINE_BREAKS = Pattern.compile("[,\\n\\r]+");
    private static final Pattern LOOSE_HYPHEN = Pattern.compile("(?<![0-9]) - |-(?![0-9])");
    private static final List<CanonicalField> FREE_TEXT = List.of(CanonicalField.ADDRESS, CanonicalField.ADDRESS_1,
            CanonicalField.ADDRESS_2, CanonicalField.ADDRESS_3, CanonicalField.ADDRESS_4, CanonicalField.ADDRESS_5);
    /** Descriptor keys (bilingual, see {@link BilingualPlaces}) that are as common in house names as in streets. */
    private static final Set<String> NAME_LIKE_DESCRIPTORS = Set.of("court", "field", "hall", "hill", "view");
    private static final List<CanonicalField> ADDRESS_FIELDS = List.of(CanonicalField.FLAT,
            CanonicalField.HOUSE_NUMBER, CanonicalField.HOUSE_NAME, CanonicalField.STREET, CanonicalField.LOCALITY,
            CanonicalField.TOWN, CanonicalField.POSTCODE, CanonicalField.ADDRESS, CanonicalField.ADDRESS_1,
            CanonicalField.ADDRESS_2, CanonicalField.ADDRESS_3, CanonicalField.ADDRESS_4, CanonicalField.ADDRESS_5);
    /** Bounded: about 50,000 distinct addresses (a county's worth of households) at well under 1 KB each. */
    private static final Cache<String, ParsedAddress> CACHE = Caffeine.newBuilder().maximumSize(50_000).build();
    private static final Pattern TRAILING_POSTCODE = Pattern.compile("^(.*?)\\s*([a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2})$");

    private final PostcodeParser postcodes = new PostcodeParser();
    private final BilingualPlaces places = BilingualPlaces.standard();

    /** Parses a single-line address such as "Flat 2, 14 Heol y Bryn, Caerfyrddin, SA31 1AB". */
    @Override
    public ParsedAddress normalise(String raw) {
        return parse(raw == null ? Map.of() : Map.of(CanonicalField.ADDRESS, raw));
    }

    /**
     * Parses the address fields of one record (canonical field → raw value; other fields ignored). Results are
     * memoised per distinct combination of address values in a bounded cache shared by all parsers: the parse
     * depends on those values alone, and addresses repeat across household members and sources.
     */
    public ParsedAddress parse(Map<CanonicalField, String> v) {
        String key = cacheKey(v);
        return key.isEmpty() ? parseUncached(v) : CACHE.get(key, k -> parseUncached(v));
    }

    /** The address values of {@code v}, each tagged with its field and length, so distinct inputs never collide. */
    private static String cacheKey(Map<CanonicalField, String> v) {
        StringBuilder key = new StringBuilder(96);
        for (CanonicalField f : ADDRESS_FIELDS) {
            String value = v.get(f);
            if (value != null) {
                key.append((char) ('A' + f.ordinal())).append(value.length()).append(':').append(value);
            }
        }
        return key.toString();
    }

    private ParsedAddress parseUncached(Map<CanonicalField, String> v) {
        Builder b = new Builder();
        List<String> lines = new ArrayList<>();
        b.flat = flatText(v.get(CanonicalField.FLAT));
        Matcher num = v.get(CanonicalField.HOUSE_NUMBER) == null ? null
                : NUMBER_ONLY.matcher(clean(v.get(CanonicalField.HOUSE_NUMBER)));
        b.houseName = Text.foldWords(v.get(CanonicalField.HOUSE_NAME));
        if (num != null && num.matches()) {
            b.number = num.group(1);
            b.suffix = emptyToNull(num.group(2));
        } else if (num != null && b.houseName == null) {
            // a "house_no_name" column holding a name rather than a number
            b.houseName = Text.foldWords(v.get(CanonicalField.HOUSE_NUMBER));
        }
        b.street = Text.foldWords(v.get(CanonicalField.STREET));
        b.locality = Text.foldWords(v.get(CanonicalField.LOCALITY));
        b.town = Text.foldWords(v.get(CanonicalField.TOWN));
        b.postcode = postcodes.normalise(v.get(CanonicalField.POSTCODE));
        for (CanonicalField f : FREE_TEXT) {
            String text = v.get(f);
            if (text != null) {
                for (String part : LINE_BREAKS.split(preClean(text))) {
                    String c = clean(part);
                    // a line repeated ("Barton Seagrave, Barton Seagrave", "Kettering, Kettering") counts once
                    if (c != null && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(c))) {
                        lines.addAll(splitNameNumber(c));
                    }
                }
            }
        }
        readLines(b, lines);
        return b.build(places);
    }

    private void readLines(Builder b, List<String> lines) {
        List<String> after = new ArrayList<>();
        boolean streetNext = false;
        boolean streetFound = b.street != null;
        // the street was read from an unnumbered first line whose descriptor is common in house names
        boolean nameLikeStreet = false;
        for (String original : lines) {
            String line = takePostcode(b, original);
            if (line == null || line.equals(b.town) || line.equals(b.locality)) {
                continue;
            }
            if (streetFound && after.isEmpty() && b.number == null && b.houseName == null
                    && (startsWithDigit(line) && NUMBERED.matcher(line).matches()
                            || nameLikeStreet && isStreetLine(line))) {
                // "Flat 1, Maes yr Ysgol, 50 Sandy Crescent", "Bay View, Mill Lane": the first line was a name
                b.houseName = b.street;
                b.street = null;
                streetFound = false;
                nameLikeStreet = false;
            }
            if (streetFound) {
                // "9 Mill Road, Ground Floor, Kettering": a floor line after the street still names the flat
                String rest = b.flat == null ? takeFlat(b, line) : line;
                if (!rest.isEmpty()) {
                    after.add(rest);
                }
                continue;
            }
            line = takeFlat(b, line);
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            // the cheap tests before each pattern only skip lines the pattern cannot match
            boolean digit = startsWithDigit(line);
            if (digit && line.indexOf('/') >= 0 && (m = SLASH.matcher(line)).matches()) {
                b.flat = b.flat == null ? "flat " + m.group(1) : b.flat;
                setNumber(b, m.group(2), m.group(3));
                b.street = m.group(4);
                streetFound = true;
            } else if (digit && line.indexOf('/') >= 0 && (m = HALF.matcher(line)).matches()) {
                setNumber(b, m.group(1), "half");
                streetFound = setStreet(b, m.group(2), after);
            } else if (digit && (m = SPACED_SUFFIX.matcher(line)).matches() && !places.hasDescriptor(
                    m.group(2) + " " + m.group(3).split(" ")[0])) {
                setNumber(b, m.group(1), m.group(2));
                streetFound = setStreet(b, m.group(3), after);
            } else if (digit && (m = NUMBER_ONLY.matcher(line)).matches()) {
                setNumber(b, m.group(1), m.group(2));
                streetNext = true;
            } else if (digit && (m = NUMBERED.matcher(line)).matches()) {
                setNumber(b, m.group(1), m.group(2));
                streetFound = setStreet(b, m.group(3), after);
            } else if (streetNext || places.hasDescriptor(line) || (b.number != null && b.houseName == null
                    && b.street == null && !places.isKnownTown(line) && lines.size() > 1)) {
                nameLikeStreet = !streetNext && b.number == null && b.houseName == null && isNameLike(line);
                b.street = line;
                streetFound = true;
            } else if (b.houseName == null && !places.isKnownTown(line)) {
                b.houseName = line;
            } else {
                after.add(line);
                streetFound = true;
            }
        }
        if (nameLikeStreet && b.number == null && b.houseName == null && !after.isEmpty()) {
            // "Bryn Awel, Alltwalis, Pencader": no number and no other name, so the first line names the house
            b.houseName = b.street;
            b.street = null;
        }
        placeTrailing(b, after);
    }

    /** True when {@code line} reads as a street: a descriptor in its place, and not a known town. */
    private boolean isStreetLine(String line) {
        return !startsWithDigit(line) && places.hasDescriptor(line) && !places.isKnownTown(line);
    }

    /**
     * True when the descriptor of {@code line} is one that house names often carry (Bryn Awel, Llys Myrddin,
     * Meadow View, Maes yr Haf, Plas Newydd), so that an unnumbered line holding it may be a house name.
     */
    private boolean isNameLike(String line) {
        String key = places.street(line).descriptorKey();
        return key != null && NAME_LIKE_DESCRIPTORS.contains(key);
    }

    private void placeTrailing(Builder b, List<String> after) {
        List<String> rest = new ArrayList<>(after);
        // a county after the town ("Kettering, Northants", "..., Northamptonshre") is dropped; a lone last line
        // is kept, since some county names are towns too
        while (rest.size() > 1 && COUNTIES.isCounty(rest.get(rest.size() - 1))) {
            rest.remove(rest.size() - 1);
        }
        if (rest.size() == 1) {
            String t = COUNTIES.withoutTrailingCounty(rest.get(0));
            rest.set(0, t);
        }
        if (b.town == null && !rest.isEmpty()) {
            b.town = rest.remove(rest.size() - 1);
        }
        if (b.locality == null && !rest.isEmpty()) {
            b.locality = rest.remove(0);
        }
        b.unparsed.addAll(rest);
    }

    private String takePostcode(Builder b, String line) {
        Postcode p = postcodes.validOrNull(line);
        if (p != null) {
            b.postcode = b.postcode == null ? p : b.postcode;
            return null;
        }
        if (!endsLikeInwardCode(line)) {
            return line;
        }
        Matcher m = TRAILING_POSTCODE.matcher(line);
        if (m.matches() && postcodes.isValid(m.group(2))) {
            b.postcode = b.postcode == null ? postcodes.normalise(m.group(2)) : b.postcode;
            return m.group(1).isEmpty() ? null : m.group(1);
        }
        return line;
    }

    /** True when {@code line} ends in digit, letter, letter: a cheap test before {@link #TRAILING_POSTCODE}. */
    private static boolean endsLikeInwardCode(String line) {
        int n = line.length();
        return n >= 3 && isDigit(line.charAt(n - 3)) && isLower(line.charAt(n - 2)) && isLower(line.charAt(n - 1));
    }

    private static boolean startsWithDigit(String line) {
        return !line.isEmpty() && isDigit(line.charAt(0));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String takeFlat(Builder b, String line) {
        if (line.isEmpty() || FLAT_FIRST_LETTERS.indexOf(line.charAt(0)) < 0) {
            return line;
        }
        Matcher m = FLAT.matcher(line);
        if (m.matches()) {
            b.flat = "flat " + m.group(1);
            return m.group(2).trim();
        }
        m = FLOOR.matcher(line);
        if (m.matches()) {
            b.flat = m.group(1);
            return m.group(2).trim();
        }
        return takeFloorWords(b, line);
    }

    /**
     * A leading run of floor and position words ("gnd flr flat", "1st 2nd floor flat", "rear of", "top flat",
     * "flat gf", "basement") becomes the flat. A run of weak words alone ("Upper", "Front", "First") is taken
     * only when a number or nothing follows, so "Upper Street" and "Front Street" stay streets.
     */
    private static String takeFloorWords(Builder b, String line) {
        String[] t = line.split(" ");
        int i = 0;
        boolean floor = false;
        boolean strong = false;
        while (i < t.length && (FLOOR_WORDS.contains(t[i]) || FLAT_WORDS.contains(t[i])
                || (i > 0 && FLAT_GLUE.contains(t[i])))) {
            floor |= FLOOR_WORDS.contains(t[i]);
            strong |= FLAT_WORDS.contains(t[i]);
            i++;
        }
        int end = i;
        while (end > 0 && FLAT_GLUE.contains(t[end - 1])) {
            end--;
        }
        if (end == 0 || !floor) {
            return line;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(t, i, t.length));
        if (!strong && !rest.isEmpty() && !isDigit(rest.charAt(0))) {
            return line;
        }
        b.flat = String.join(" ", java.util.Arrays.copyOfRange(t, 0, end));
        return rest;
    }

    /**
     * Sets the street of a "number street" line; words after an English descriptor ("9 mill road kettering")
     * are the locality or town and go to {@code after}. True (the street is found).
     */
    private boolean setStreet(Builder b, String street, List<String> after) {
        String[] w = street.split(" ");
        for (int j = w.length - 2; j >= 1; j--) {
            if (places.hasDescriptor("x " + w[j]) && !places.hasDescriptor("x " + w[j + 1])
                    && !places.hasDescriptor(w[0] + " x")) {
                b.street = String.join(" ", java.util.Arrays.copyOfRange(w, 0, j + 1));
                after.add(String.join(" ", java.util.Arrays.copyOfRange(w, j + 1, w.length)));
                return true;
            }
        }
        b.street = street;
        return true;
    }

    /**
     * "barclays bank 42 high street" (no comma): the words before an inner number are a name, the rest a
     * "number street" line. Only when the part after the number holds a street descriptor.
     */
    private List<String> splitNameNumber(String line) {
        if (line.isEmpty() || isDigit(line.charAt(0)) || line.indexOf(' ') < 0) {
            return List.of(line);
        }
        Matcher m = INNER_NUMBER.matcher(line);
        if (!m.matches() || !places.hasDescriptor(withoutNumber(m.group(2)))) {
            return List.of(line);
        }
        String before = m.group(1);
        String last = before.substring(before.lastIndexOf(' ') + 1);
        if (FLAT_WORDS.contains(last) || FLAT_PREFIX_WORDS.contains(last)) {
            // "flat 2 jubilee court 40 high st": the number belongs to the flat; split after it instead
            Matcher f = FLAT.matcher(line);
            if (f.matches() && !f.group(2).isEmpty()) {
                List<String> out = new ArrayList<>();
                out.add(line.substring(0, line.length() - f.group(2).length()).trim());
                out.addAll(splitNameNumber(f.group(2)));
                return out;
            }
            return List.of(line);
        }
        return List.of(m.group(1), m.group(2));
    }

    private String withoutNumber(String numbered) {
        Matcher m = NUMBERED.matcher(numbered);
        if (!m.matches()) {
            return numbered;
        }
        String[] w = m.group(3).split(" ");
        // the street may be followed by the town: test every prefix
        for (int j = w.length; j >= 2; j--) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(w, 0, j));
            if (places.hasDescriptor(prefix)) {
                return prefix;
            }
        }
        return m.group(3);
    }

    /** Before splitting into lines: "½" and "& a half" as "1/2", brackets as line breaks. */
    private static String preClean(String text) {
        String t = text.indexOf('\u00BD') >= 0 ? text.replace("\u00BD", " 1/2 ") : text;
        if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) {
            t = PARENTHESES.matcher(t).replaceAll(",");
        }
        if (t.indexOf("half") >= 0 || t.indexOf("HALF") >= 0 || t.indexOf("Half") >= 0) {
            t = AND_A_HALF.matcher(t).replaceAll("$1 1/2");
        }
        return t;
    }

    private static void setNumber(Builder b, String number, String suffix) {
        if (b.number == null) {
            b.number = number;
            b.suffix = emptyToNull(suffix);
        }
    }

    /** "2" → "flat 2"; "Flat 2A" → "flat 2a"; other text folded. */
    private static String flatText(String raw) {
        String c = clean(raw);
        if (c == null) {
            return null;
        }
        if (NUMBER_ONLY.matcher(c).matches()) {
            return "flat " + c.replace(" ", "");
        }
        Matcher m = FLAT.matcher(c);
        return m.matches() && m.group(2).isEmpty() ? "flat " + m.group(1) : c;
    }

    /** Folded text keeping '/' (for "2/14"), other punctuation removed. */
    private static String clean(String s) {
        String f = Text.fold(s);
        if (f == null) {
            return null;
        }
        String kept = keepAddressChars(f);
        if (kept.indexOf('-') >= 0) {
            kept = LOOSE_HYPHEN.matcher(kept).replaceAll(" ");
        }
        return Text.fold(kept);
    }

    /** Every character outside {@code [a-z0-9/ -]} replaced by a space. */
    private static String keepAddressChars(String f) {
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            b.append(isLower(c) || isDigit(c) || c == '/' || c == ' ' || c == '-' ? c : ' ');
        }
        return b.toString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Mutable accumulator for one parse. */
    private static final class Builder {
        String flat;
        String number;
        String suffix;
        String houseName;
        String street;
        String locality;
        String town;
        Postcode postcode;
        final List<String> unparsed = new ArrayList<>();

        ParsedAddress build(BilingualPlaces places) {
            String streetText = Text.foldWords(street);
            BilingualPlaces.StreetParts parts = places.street(streetText);
            String streetKey = streetText == null ? null : parts.key();
            return new ParsedAddress(flat, number, suffix, Text.foldWords(houseName), streetText, parts.name(),
                    parts.descriptorKey(), streetKey, Text.foldWords(locality), Text.foldWords(town),
                    places.townKey(town), postcode, unparsed);
        }
    }

    /**
     * County names and abbreviations from the bundled {@code counties.txt}, recognised as written or with one
     * (names of 7+ letters) or two (12+ letters) edits, so "Northamptonshre" is a county while "Northampton" (five
     * edits from Northamptonshire) stays a town. Thread-safe.
     */
    private static final class Counties {

        private static final LevenshteinDistance LEV2 = new LevenshteinDistance(2);

        private final Set<String> names = new java.util.HashSet<>();
        private final List<String> longNames;

        Counties() {
            for (String line : Resources.lines("counties.txt")) {
                for (String form : line.split(",")) {
                    String f = Text.foldWords(form);
                    if (f != null) {
                        names.add(f);
                    }
                }
            }
            longNames = names.stream().filter(n -> n.length() >= 7).sorted().toList();
        }

        /** True when the folded {@code line} is a county name, or a near miss of a long one. */
        boolean isCounty(String line) {
            if (line == null) {
                return false;
            }
            if (names.contains(line)) {
                return true;
            }
            if (line.length() < 7) {
                return false;
            }
            for (String n : longNames) {
                int allowed = n.length() >= 12 ? 2 : 1;
                if (Math.abs(n.length() - line.length()) <= allowed) {
                    int d = LEV2.apply(n, line);
                    if (d >= 0 && d <= allowed) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@code line} without a trailing county word or phrase ("kettering northants" → "kettering"). */
        String withoutTrailingCounty(String line) {
            String[] w = line.split(" ");
            for (int k = Math.min(3, w.length - 1); k >= 1; k--) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length));
                if (isCounty(tail)) {
                    return String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - k));
                }
            }
            return line;
        }
    }
}
