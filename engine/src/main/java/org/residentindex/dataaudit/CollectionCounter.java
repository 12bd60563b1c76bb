package org.residentindex.dataaudit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.residentindex.ResidentIndexException;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.Sex;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.Identifiers;

/**
 * Counts, per item, how many services hold it for each resident of a link run and whether their values agree.
 * Values are compared by a key: names (title, given name, middle names, surname) by their letters only, lower
 * case, accents removed ("O'Brien" = "OBRIEN"; a "JONES, Siân" full name gives given name and surname); a date of
 * birth by the date when it is a full valid date; sex as male / female / other (unknown is not compared); postcode
 * upper case without spaces; UPRN as a number; NI number upper case without spaces; email lower case; phone by its
 * digits. The address is not compared (layouts differ by service; the UPRN row stands for it). Memory: a few words
 * per resident and item. Not thread-safe: one counter per audit.
 */
final class CollectionCounter {

    private static final DataItem[] ITEMS = DataItem.values();

    private final List<String> services = new ArrayList<>();
    private final Map<String, Resident> residents = new HashMap<>();
    private final Map<DataItem, Long> servicesHolding = new java.util.EnumMap<>(DataItem.class);

    /** Per resident and item: services holding it, services with a comparable value, the first key, differs. */
    private static final class Resident {
        final long[] holding = new long[ITEMS.length];
        final long[] comparable = new long[ITEMS.length];
        final String[] first = new String[ITEMS.length];
        final boolean[] differs = new boolean[ITEMS.length];
    }

    /** Starts a service; returns its index. At most 64 services. */
    int service(String name) {
        if (services.size() == 64) {
            throw new ResidentIndexException("data-audit compares at most 64 datasets; " + name + " is the 65th");
        }
        services.add(name);
        return services.size() - 1;
    }

    /** Marks that service {@code index}'s file holds {@code item} (its columns are mapped). */
    void holds(int index, DataItem item) {
        servicesHolding.merge(item, 1L << index, (a, b) -> a | b);
    }

    void add(int service, String entity, SourceRecord r, NormalisedRecord n, ItemChecks checks) {
        Resident res = residents.computeIfAbsent(entity, k -> new Resident());
        long bit = 1L << service;
        for (DataItem item : ITEMS) {
            if (!checks.present(item, r, n)) {
                continue;
            }
            int i = item.ordinal();
            res.holding[i] |= bit;
            String key = key(item, r, n);
            if (key == null) {
                continue;
            }
            res.comparable[i] |= bit;
            if (res.first[i] == null) {
                res.first[i] = key;
            } else if (!res.first[i].equals(key)) {
                res.differs[i] = true;
            }
        }
    }

    private long notInRun;

    /** Notes a record the run does not list; it is then its own resident. */
    void countNotInRun() {
        notInRun++;
    }

    /** Records the run did not list. */
    long notInRun() {
        return notInRun;
    }

    /** Residents seen. */
    long residents() {
        return residents.size();
    }

    /** The table, in {@link DataItem} order, for the items at least one service holds. */
    List<Collection> table() {
        List<Collection> out = new ArrayList<>();
        for (DataItem item : ITEMS) {
            Long mask = servicesHolding.get(item);
            if (mask == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int s = 0; s < services.size(); s++) {
                if ((mask & (1L << s)) != 0) {
                    names.add(services.get(s));
                }
            }
            int i = item.ordinal();
            long holding = 0;
            long one = 0;
            long two = 0;
            long more = 0;
            long compared = 0;
            long disagree = 0;
            for (Resident r : residents.values()) {
                int k = Long.bitCount(r.holding[i]);
                holding += k >= 1 ? 1 : 0;
                one += k == 1 ? 1 : 0;
                two += k == 2 ? 1 : 0;
                more += k >= 3 ? 1 : 0;
                if (Long.bitCount(r.comparable[i]) >= 2) {
                    compared++;
                    disagree += r.differs[i] ? 1 : 0;
                }
            }
            boolean comparedItem = item != DataItem.ADDRESS;
            out.add(new Collection(item, names, residents.size(), holding, one, two, more,
                    comparedItem ? compared : -1, comparedItem ? disagree : -1));
        }
        return out;
    }

    /** The comparison key of a present item, or null when the value is not comparable. */
    static String key(DataItem item, SourceRecord r, NormalisedRecord n) {
        return switch (item) {
            case TITLE -> letters(r.get(CanonicalField.TITLE));
            case GIVEN_NAME -> letters(n.givenName());
            case MIDDLE_NAMES -> letters(r.get(CanonicalField.MIDDLE_NAMES));
            case SURNAME -> letters(n.surname());
            case DATE_OF_BIRTH -> n.dateOfBirth().isValid() ? n.dateOfBirth().date().toString() : null;
            case SEX -> {
                Sex s = Identifiers.sex(r.get(CanonicalField.SEX));
                yield s == Sex.UNKNOWN ? null : s.name();
            }
            case ADDRESS -> null;
            case POSTCODE -> r.get(CanonicalField.POSTCODE).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            case UPRN -> {
                Long u = Identifiers.uprn(r.get(CanonicalField.UPRN));
                yield u == null ? null : u.toString();
            }
            case NI_NUMBER -> Identifiers.niNumber(r.get(CanonicalField.NI_NUMBER));
            case EMAIL -> Identifiers.email(r.get(CanonicalField.EMAIL));
            case PHONE -> Identifiers.phone(r.get(CanonicalField.PHONE));
        };
    }

    /** Letters only, lower case, accents removed; null when none are left. */
    static String letters(String s) {
        if (s == null) {
            return null;
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
