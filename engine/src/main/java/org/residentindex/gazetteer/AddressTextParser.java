package org.residentindex.gazetteer;

/**
 * Splits a single-line address into parts. The gazetteer uses it for flat extracts ({@code uprn, address,
 * postcode}) and the matcher for free-text queries. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AddressTextParser {

    /**
     * Parses {@code text} (one line, comma-separated or not).
     *
     * @param text     the address text; may contain the postcode
     * @param postcode the postcode from its own column, or null
     * @return the parts; never null
     */
    AddressQuery parse(String text, String postcode);
}
