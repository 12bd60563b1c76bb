package org.residentindex.ingest.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.DateValue;
import org.residentindex.model.Sex;
import org.residentindex.normalise.DateParser;
import org.residentindex.normalise.Identifiers;
import org.residentindex.normalise.NameNormaliser;
import org.residentindex.normalise.PostcodeParser;

/**
 * Recognises what a column holds from a sample of its non-blank values: dates of birth (≥ 80% full dates, spread
 * over years, in the past), postcodes, NI numbers, e-mail addresses, UK phone numbers (≥ 80% valid), UPRNs (≥ 90%
 * of 1–12 digits; with a gazetteer, at least half of them known to it), sex codes, titles, given names, full names
 * and surnames (through {@link NameLexicon}). Fewer than {@value #MIN_VALUES} values say nothing. Answers carry
 * shares and confidences, never a value. Thread-safe.
 */
public final class ValueRecogniser {

    /** Below this many non-blank sampled values, values say nothing. */
    public static final int MIN_VALUES = 5;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");
    private static final Pattern ALPHA_NAME = Pattern.compile("^[\\p{L}'’. -]+$");

    private final DateParser dates;
    private final LocalDate today;
    private final PostcodeParser postcodes = new PostcodeParser();
    private final NameLexicon names = NameLexicon.standard();
    private final LongPredicate knownUprn;

    /**
     * @param today     dates after it are not dates of birth
     * @param knownUprn true for a UPRN the gazetteer holds; null when there is no gazetteer
     */
    public ValueRecogniser(LocalDate today, LongPredicate knownUprn) {
        this.today = today;
        this.dates = new DateParser(today, null);
        this.knownUprn = knownUprn;
    }

    /** Every field the values look like, most confident first; empty when none (or too few values). */
    public List<ValueMatch> recognise(List<String> values) {
        List<ValueMatch> out = new ArrayList<>();
        if (values.size() < MIN_VALUES) {
            return out;
        }
        dateOfBirth(values, out);
        share(values, postcodes::isValid, CanonicalField.POSTCODE, 0.8, 0.9, "valid UK postcodes", out);
        share(values, v -> Identifiers.isValidNiNumber(Identifiers.niNumber(v)), CanonicalField.NI_NUMBER, 0.8, 0.9,
                "valid NI numbers", out);
        share(values, v -> EMAIL.matcher(v.trim()).matches(), CanonicalField.EMAIL, 0.8, 0.9, "e-mail addresses", out);
        share(values, ValueRecogniser::isPhone, CanonicalField.PHONE, 0.8, 0.8, "UK phone numbers", out);
        uprn(values, out);
        sex(values, out);
        share(values, v -> v.trim().split("\\s+").length == 1 && NameNormaliser.isTitle(v.trim()), CanonicalField.TITLE,
                0.8, 0.85, "titles (Mr, Mrs, Dr ...)", out);
        names(values, out);
        out.sort(Comparator.comparingDouble(ValueMatch::confidence).reversed());
        return out;
    }

    /** True when the sampled values are all distinct (a record id's mark). */
    public static boolean allDistinct(List<String> values) {
        return new HashSet<>(values).size() == values.size();
    }

    private static void share(List<String> values, Predicate<String> test, CanonicalField field, double min,
            double confidence, String what, List<ValueMatch> out) {
        double s = values.stream().filter(test).count() / (double) values.size();
        if (s >= min) {
            out.add(new ValueMatch(field, s, confidence, percent(s) + " of " + values.size() + " sampled values are "
                    + what));
        }
    }

    private void dateOfBirth(List<String> values, List<ValueMatch> out) {
        List<Integer> years = new ArrayList<>();
        for (String v : values) {
            DateValue d = dates.normalise(v);
            if (d.status() == DateValue.Status.VALID && !d.date().isAfter(today)) {
                years.add(d.date().getYear());
            }
        }
        double s = years.size() / (double) values.size();
        if (s < 0.8) {
            return;
        }
        int[] y = years.stream().mapToInt(Integer::intValue).sorted().toArray();
        int spread = y[(int) (y.length * 0.9)] - y[(int) (y.length * 0.1)];
        int medianAge = today.getYear() - y[y.length / 2];
        if (medianAge > 110 || spread < 3) {
            return;
        }
        // a spread over decades is what birth dates look like; a few years could be event dates (referrals)
        double confidence = spread >= 15 ? 0.75 : 0.55;
        out.add(new ValueMatch(CanonicalField.DATE_OF_BIRTH, s, confidence, percent(s) + " of " + values.size()
                + " sampled values are past dates, their years spread over " + spread + " years (10th-90th percentile)"));
    }

    private void uprn(List<String> values, List<ValueMatch> out) {
        long shaped = 0;
        long twelve = 0;
        long known = 0;
        for (String v : values) {
            Long u = Identifiers.uprn(v);
            if (u != null && !v.trim().startsWith("0")) {
                shaped++;
                if (Long.toString(u).length() == 12) {
                    twelve++;
                }
                if (knownUprn != null && knownUprn.test(u)) {
                    known++;
                }
            }
        }
        double s = shaped / (double) values.size();
        if (s < 0.9) {
            return;
        }
        if (knownUprn != null) {
            double k = known / (double) values.size();
            if (k >= 0.5) {
                out.add(new ValueMatch(CanonicalField.UPRN, k, 0.95, percent(k) + " of " + values.size()
                        + " sampled values are UPRNs the gazetteer holds"));
            }
            return;
        }
        double t = twelve / (double) values.size();
        out.add(new ValueMatch(CanonicalField.UPRN, s, t >= 0.9 ? 0.6 : 0.3, percent(s) + " of " + values.size()
                + " sampled values are numbers of up to 12 digits" + (t >= 0.9 ? " (12 digits)" : "")
                + "; no gazetteer to confirm them"));
    }

    private static void sex(List<String> values, List<ValueMatch> out) {
        Set<String> distinct = new HashSet<>();
        long known = 0;
        for (String v : values) {
            distinct.add(v.trim().toLowerCase(Locale.ROOT));
            if (Identifiers.sex(v) != Sex.UNKNOWN) {
                known++;
            }
        }
        double s = known / (double) values.size();
        if (s >= 0.9 && distinct.size() <= 8) {
            out.add(new ValueMatch(CanonicalField.SEX, s, 0.85, percent(s) + " of " + values.size()
                    + " sampled values are sex codes"));
        }
    }

    private void names(List<String> values, List<ValueMatch> out) {
        long alpha = 0;
        long oneWord = 0;
        long givenFirst = 0;
        long surnameWord = 0;
        long fullShaped = 0;
        for (String v : values) {
            String t = v.trim();
            if (!ALPHA_NAME.matcher(t.replace(",", " ")).matches()) {
                continue;
            }
            alpha++;
            List<String> words = new ArrayList<>(Arrays.asList(t.replace(",", " ").trim().split("\\s+")));
            while (words.size() > 1 && NameNormaliser.isTitle(words.get(0))) {
                words.remove(0);
            }
            if (words.size() == 1) {
                oneWord++;
                if (names.isGivenName(words.get(0))) {
                    givenFirst++;
                }
                if (names.isSurname(words.get(0))) {
                    surnameWord++;
                }
            } else {
                int comma = t.indexOf(',');
                String given = comma >= 0 ? t.substring(comma + 1).trim().split("\\s+")[0] : words.get(0);
                if (names.isGivenName(given)) {
                    fullShaped++;
                }
            }
        }
        double n = values.size();
        if (alpha / n < 0.9) {
            return;
        }
        if (oneWord / n >= 0.6) {
            double g = givenFirst / n;
            double sur = surnameWord / n;
            if (g >= 0.5 && g > sur) {
                out.add(new ValueMatch(CanonicalField.GIVEN_NAME, g, 0.7, percent(g) + " of " + values.size()
                        + " sampled values are known given names"));
            } else if (g < 0.25 && sur >= 0.1) {
                out.add(new ValueMatch(CanonicalField.SURNAME, sur, 0.6, percent(sur) + " of " + values.size()
                        + " sampled values are common surnames and few are given names"));
            }
        } else if (fullShaped / n >= 0.4) {
            double f = fullShaped / n;
            out.add(new ValueMatch(CanonicalField.FULL_NAME, f, 0.7, percent(f) + " of " + values.size()
                    + " sampled values are several words with a known given name"));
        }
    }

    private static boolean isPhone(String v) {
        String t = v.trim();
        if (!t.matches("^[+0-9 ()-]+$")) {
            return false;
        }
        String d = Identifiers.phone(t);
        return d != null && d.startsWith("0") && (d.length() == 10 || d.length() == 11) && DIGITS.matcher(d).matches();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
