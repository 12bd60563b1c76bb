package org.residentindex.gazetteer;

/**
 * Matches addresses to the UPRNs of a {@link Gazetteer}. Implementations are thread-safe and deterministic:
 * the same address always gets the same result, whatever the thread or the order of calls.
 */
public interface AddressMatcher {

    /** Matches a structured address. */
    AddressMatch match(AddressQuery address);

    /** Matches an address the normaliser parsed. */
    default AddressMatch match(org.residentindex.model.ParsedAddress address) {
        return match(DefaultParsers.toQuery(address));
    }

    /**
     * Matches the address fields of a source record (canonical field → raw value: {@code address},
     * {@code address_1..5}, {@code flat}, {@code house_number}, {@code street}, {@code town}, {@code postcode} …),
     * parsed by the normaliser. A {@code uprn} field holding digits is {@link #check checked}, not trusted.
     */
    AddressMatch matchFields(java.util.Map<org.residentindex.model.CanonicalField, String> fields);

    /** Parses and matches a single-line address; {@code postcode} from its own column, or null. */
    AddressMatch match(String text, String postcode);

    /**
     * Checks a UPRN a record already carries against its address. A UPRN unknown to the gazetteer is never
     * trusted: the address is matched instead and the reason says {@code given_uprn=unknown}. A known UPRN
     * whose property agrees with the address comes back as {@code exact}; one that disagrees gets the
     * address's own match with {@code given_uprn=disagrees}.
     */
    AddressMatch check(long givenUprn, AddressQuery address);

    /**
     * The default matcher over {@code gazetteer} with the bundled calibrations (generated data; the adversarial
     * set's bound for partial evidence) and a cache.
     */
    static AddressMatcher of(Gazetteer gazetteer) {
        return new DefaultAddressMatcher(gazetteer, ScoreCalibration.bundled(), ScoreCalibration.bundledPartial(),
                200_000);
    }
}
