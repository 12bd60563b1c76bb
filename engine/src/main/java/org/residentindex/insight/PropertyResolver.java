package org.residentindex.insight;

import org.residentindex.model.NormalisedRecord;

/**
 * Places a record at a property. Contract: never throws for an incomplete record (it gets
 * {@link PropertyRef#none()}); a record carrying a UPRN is placed at that UPRN with basis
 * {@link PropertyRef.Basis#GIVEN}; the result depends only on the record, so equal addresses give equal keys.
 */
@FunctionalInterface
public interface PropertyResolver {

    /** Where {@code record}'s address places it. */
    PropertyRef resolve(NormalisedRecord record);
}
