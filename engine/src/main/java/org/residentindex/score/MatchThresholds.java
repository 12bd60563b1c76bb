package org.residentindex.score;

import org.residentindex.ResidentIndexException;

/**
 * Decision thresholds on the match weight: pairs at or above {@code link} are linked; pairs in
 * {@code [review, link)} go to clerical review; below {@code review} they are non-links.
 *
 * @param link   weight at or above which a pair is a link
 * @param review lower edge of the review band, at most {@code link}
 */
public record MatchThresholds(double link, double review) {

    public MatchThresholds {
        if (Double.isNaN(link) || Double.isNaN(review) || review > link) {
            throw new ResidentIndexException("The review threshold must not exceed the link threshold");
        }
    }

    /** Thresholds from match probabilities, e.g. {@code ofProbabilities(0.95, 0.5)}. */
    public static MatchThresholds ofProbabilities(double link, double review) {
        return new MatchThresholds(MatchModel.weightOf(link), MatchModel.weightOf(review));
    }

    /** Whether a weight is a link. */
    public boolean isLink(double weight) {
        return weight >= link;
    }

    /** Whether a weight falls in the review band. */
    public boolean isReview(double weight) {
        return weight >= review && weight < link;
    }
}
