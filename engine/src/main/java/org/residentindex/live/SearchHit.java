package org.residentindex.live;

import org.residentindex.cluster.RecordKey;

/**
 * One resident found by a search: the best-matching record, the match probability and weight the model gives the
 * query against it, a short explanation (the fields that weighed most, with their levels and bits) and the
 * resident's golden record.
 */
public record SearchHit(String residentId, RecordKey record, double probability, double weight, String explanation,
        GoldenRecord golden) {
}
