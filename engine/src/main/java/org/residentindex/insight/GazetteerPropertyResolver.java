package org.residentindex.insight;

import org.residentindex.gazetteer.AddressMatch;
import org.residentindex.gazetteer.AddressMatcher;
import org.residentindex.model.NormalisedRecord;

/**
 * The default {@link PropertyResolver}: the record's own UPRN when it has one (basis GIVEN); else the UPRN
 * the gazetteer's {@link AddressMatcher} finds for its parsed address, when the match status is usable for
 * linkage ({@code exact} or {@code fuzzy}; basis MATCHED); else the exact address key (postcode + flat + house
 * number or name), so records written the same way still share a property (basis ADDRESS); else none.
 * Thread-safe when the matcher is.
 */
public final class GazetteerPropertyResolver implements PropertyResolver {

    private final AddressMatcher matcher;

    /** @param matcher the gazetteer matcher, or null to place records without UPRNs by address key only */
    public GazetteerPropertyResolver(AddressMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public PropertyRef resolve(NormalisedRecord record) {
        if (record.uprn() != null) {
            return PropertyRef.uprn(record.uprn(), PropertyRef.Basis.GIVEN);
        }
        if (matcher != null && !record.address().isEmpty()) {
            AddressMatch m = matcher.match(record.address());
            if (m.status().isMatch() && m.uprn() != 0) {
                return PropertyRef.uprn(m.uprn(), PropertyRef.Basis.MATCHED);
            }
        }
        String key = AddressKey.of(record);
        return key == null ? PropertyRef.none() : PropertyRef.address(key);
    }
}
