package org.residentindex.gazetteer;

import org.residentindex.ResidentIndexException;

/** The default single-line address parser: an adapter over the normaliser's address and postcode parsers. */
final class DefaultParsers {

    private DefaultParsers() {
    }

    static AddressTextParser addressText() {
        return (text, postcode) -> {
            throw new ResidentIndexException("single-line addresses need the normaliser's address parser");
        };
    }
}
