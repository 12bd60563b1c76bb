package org.residentindex.insight;

import java.util.Objects;
import org.residentindex.model.NormalisedRecord;

/**
 * One record of a link run: the normalised record, the resident (entity) the linker assigned it to, and the
 * property its address denotes. Immutable.
 *
 * @param record   the normalised record
 * @param entityId the resident id from the run's {@code entities.csv} (a record the linker left alone is its
 *                 own resident)
 * @param property where the record places the resident
 */
public record LinkedRecord(NormalisedRecord record, String entityId, PropertyRef property) {

    public LinkedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(property, "property");
    }

    /** The record's source (dataset) name. */
    public String source() {
        return record.source();
    }

    /** The record id within its source. */
    public String recordId() {
        return record.recordId();
    }

    /** {@code source#recordId}, the reference used in evidence; never personal data. */
    public String ref() {
        return record.source() + "#" + record.recordId();
    }
}
