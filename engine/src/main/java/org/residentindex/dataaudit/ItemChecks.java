package org.residentindex.dataaudit;

import java.util.Set;
import java.util.regex.Pattern;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.Identifiers;
import org.residentindex.normalise.PostcodeParser;

/**
 * Whether a record holds an item and whether the value passes the item's check. The checks are those the proposed
 * standard's validation rules state ({@code rule.*} in the bundles): a recognised title; a name of letters, spaces,
 * hyphens and apostrophes; a full date of birth not after the reference date; a recognised sex code; a UK postcode
 * shape; a UPRN of 1–12 digits that the gazetteer knows (when one is configured); an NI number of the official
 * shape; an email with one {@code @} and a dotted domain; a UK phone number of 10–11 digits starting 0. Address
 * has no check. Thread-safe.
 */
final class ItemChecks {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "miss", "ms", "mx", "dr", "prof", "rev", "sir",
            "lady", "lord", "dame", "master", "fr", "revd", "cllr");
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} '\\-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("0[0-9]{9,10}");

    private final PostcodeParser postcodes = new PostcodeParser();
    private final Set<Long> gazetteerUprns;

    /** @param gazetteerUprns the UPRNs of the gazetteer, or null when none is configured */
    ItemChecks(Set<Long> gazetteerUprns) {
        this.gazetteerUprns = gazetteerUprns;
    }

    boolean uprnCheckedAgainstGazetteer() {
        return gazetteerUprns != null;
    }

    /** True when {@code r} holds a value of {@code item}. */
    boolean present(DataItem item, SourceRecord r, NormalisedRecord n) {
        return switch (item) {
            case GIVEN_NAME -> r.get(CanonicalField.GIVEN_NAME) != null
                    || r.get(CanonicalField.FULL_NAME) != null && n.givenName() != null;
            case SURNAME -> r.get(CanonicalField.SURNAME) != null
                    || r.get(CanonicalField.FULL_NAME) != null && n.surname() != null;
            default -> item.fields().stream().anyMatch(f -> r.get(f) != null);
        };
    }

    /** The check's bundle key, or null when the item has none. */
    String checkKey(DataItem item) {
        return switch (item) {
            case ADDRESS -> null;
            case UPRN -> gazetteerUprns == null ? "check.uprn" : "check.uprn_gazetteer";
            default -> "check." + item.key();
        };
    }

    /** True when the present value of {@code item} passes its check; false for items without a check. */
    boolean valid(DataItem item, SourceRecord r, NormalisedRecord n) {
        return switch (item) {
            case TITLE -> TITLES.contains(r.get(CanonicalField.TITLE).toLowerCase(java.util.Locale.ROOT)
                    .replace(".", "").trim());
            case GIVEN_NAME -> n.givenName() != null && NAME.matcher(n.givenName()).matches();
            case MIDDLE_NAMES -> NAME.matcher(r.get(CanonicalField.MIDDLE_NAMES)).matches();
            case SURNAME -> n.surname() != null && NAME.matcher(n.surname()).matches();
            case DATE_OF_BIRTH -> n.dateOfBirth().isValid();
            case SEX -> !Formats.OTHER.equals(Formats.sex(r.get(CanonicalField.SEX)));
            case ADDRESS -> false;
            case POSTCODE -> postcodes.isValid(r.get(CanonicalField.POSTCODE));
            case UPRN -> {
                Long u = Identifiers.uprn(r.get(CanonicalField.UPRN));
                yield u != null && (gazetteerUprns == null || gazetteerUprns.contains(u));
            }
            case NI_NUMBER -> Identifiers.isValidNiNumber(Identifiers.niNumber(r.get(CanonicalField.NI_NUMBER)));
            case EMAIL -> EMAIL.matcher(r.get(CanonicalField.EMAIL).trim()).matches();
            case PHONE -> {
                String p = Identifiers.phone(r.get(CanonicalField.PHONE));
                yield p != null && PHONE.matcher(p).matches();
            }
        };
    }
}
