package org.residentindex.insight;

import org.residentindex.model.NormalisedRecord;

/**
 * The default {@link PropertyResolver}: the record's own UPRN when it has one; else the gazetteer's UPRN for
 * the record's exact address key; else the address key itself, so records written the same way still share a
 * property; else none. Thread-safe.
 */
public final class GazetteerPropertyResolver implements PropertyResolver {

    private final GazetteerIndex gazetteer;

    /** @param gazetteer the gazetteer index, or null to place records by address key only */
    public GazetteerPropertyResolver(GazetteerIndex gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public PropertyRef resolve(NormalisedRecord record) {
        if (record.uprn() != null) {
            return PropertyRef.uprn(record.uprn(), PropertyRef.Basis.GIVEN);
        }
        String key = AddressKey.of(record);
        if (key == null) {
            return PropertyRef.none();
        }
        if (gazetteer != null) {
            var uprn = gazetteer.find(key);
            if (uprn.isPresent()) {
                return PropertyRef.uprn(uprn.get(), PropertyRef.Basis.MATCHED);
            }
        }
        return PropertyRef.address(key);
    }
}
