package org.residentindex.gazetteer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.model.CanonicalField;

/**
 * Finds a single-line address column that ingest's header table did not name: first by header
 * ({@code home_address}, {@code full_address}, {@code property_address}, {@code addr}, anything ending in
 * {@code address}), then by values (most sampled values hold a number and a street word, or a postcode).
 * The minimal recognition {@code gazetteer match} needs; general column recognition belongs to ingest.
 */
final class AddressColumn {

    /** A found column and how it was recognised ({@code header} or {@code values}). */
    record Found(int column, String how) {
    }

    private static final Set<String> HEADERS = Set.of("address", "addr", "homeaddress", "fulladdress",
            "propertyaddress", "residentialaddress", "currentaddress", "postaladdress", "singlelineaddress",
            "addressline", "premisesaddress", "cyfeiriad");
    private static final Set<String> EXCLUDED = Set.of("emailaddress", "ipaddress", "webaddress", "macaddress");
    private static final Pattern STREETLIKE = Pattern.compile(
            "(?i)\\b[0-9]+[a-z]?\\b.*\\b(road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|terrace"
                    + "|court|place|gardens|grove|square|row|hill|view|park|heol|stryd|ffordd|lon|clos|teras"
                    + "|rhodfa|cilgant)\\b");
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}\\b");

    private AddressColumn() {
    }

    /** True for the fields that carry address text (not the postcode alone). */
    static boolean isAddressField(CanonicalField f) {
        return f == CanonicalField.ADDRESS || f == CanonicalField.ADDRESS_1 || f == CanonicalField.STREET
                || f == CanonicalField.HOUSE_NAME || f == CanonicalField.HOUSE_NUMBER;
    }

    /** The address column among those not already mapped ({@code taken}), or null. */
    static Found find(List<String> header, List<CSVRecord> sample, Collection<Integer> taken) {
        for (int i = 0; i < header.size(); i++) {
            String h = GazetteerField.squash(header.get(i));
            if (!taken.contains(i) && !EXCLUDED.contains(h) && (HEADERS.contains(h) || h.endsWith("address"))) {
                return new Found(i, "header");
            }
        }
        int best = -1;
        double bestShare = 0.6;
        for (int i = 0; i < header.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            int seen = 0;
            int like = 0;
            for (CSVRecord r : sample) {
                if (i < r.size() && !r.get(i).isBlank()) {
                    seen++;
                    String v = r.get(i);
                    if (v.trim().indexOf(' ') > 0 && (STREETLIKE.matcher(v).find()
                            || (POSTCODE.matcher(v).find() && v.toLowerCase(Locale.ROOT).matches(".*[a-z]{3,}.*[a-z]{3,}.*")))) {
                        like++;
                    }
                }
            }
            double share = seen == 0 ? 0 : like / (double) seen;
            if (seen >= 5 && share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best < 0 ? null : new Found(best, "values");
    }
}
