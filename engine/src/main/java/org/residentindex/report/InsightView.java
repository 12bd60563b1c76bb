package org.residentindex.report;

import java.util.List;
import org.residentindex.insight.FlagScore;
import org.residentindex.insight.InsightResult;

/**
 * An insight as reported: its figures, its flags rendered through the {@link Masker}, and — on generated
 * data — its score against the planted scenarios.
 *
 * @param id            insight id
 * @param title         heading
 * @param source        the dataset examined
 * @param method        how the flag is decided
 * @param examined      records examined
 * @param flagged       records flagged
 * @param headline      key figure in words
 * @param headlineValue key share
 * @param flags         every flag, by source then record id
 * @param score         precision/recall against planted scenarios, or null
 * @param base          records not examined (and why) and the unit counted, so the counts add up
 * @param sourceRecords records of the source dataset ({@code examined + base.notExamined})
 */
public record InsightView(String id, String title, String source, String method, long examined, long flagged,
                          String headline, double headlineValue, List<FlagView> flags, FlagScore score,
                          InsightResult.Base base, long sourceRecords) {

    public InsightView {
        flags = List.copyOf(flags);
    }

    /**
     * One flagged record, rendered.
     *
     * @param source   dataset
     * @param recordId record id
     * @param person   the person, masked unless asked
     * @param area     the address, reduced to its postcode district unless asked
     * @param evidence why it was flagged (counts, services and record references only), in English
     * @param facts    the same as message keys and arguments, for the Welsh page
     */
    public record FlagView(String source, String recordId, String person, String area, List<String> evidence,
                           List<org.residentindex.insight.Fact> facts) {

        public FlagView {
            evidence = List.copyOf(evidence);
            facts = List.copyOf(facts);
        }
    }
}
