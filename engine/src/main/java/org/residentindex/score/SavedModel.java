package org.residentindex.score;

import java.util.Objects;
import org.residentindex.ResidentIndexException;

/**
 * Everything {@code model.json} holds: the Fellegi–Sunter model, the decision thresholds, optionally the
 * term-frequency tables (null when saved without them, e.g. so the file holds no personal data) and the prior per
 * pair of sources (whose global λ is the model's).
 */
public record SavedModel(FellegiSunterModel model, MatchThresholds thresholds, TermFrequencies termFrequencies,
        SourcePairPriors priors) {

    public SavedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(priors, "priors");
        if (priors.global() != model.lambda()) {
            throw new ResidentIndexException("The per-source-pair priors must fall back to the model's own λ");
        }
    }

    /** A saved model with the model's λ for every pair of sources. */
    public SavedModel(FellegiSunterModel model, MatchThresholds thresholds, TermFrequencies termFrequencies) {
        this(model, thresholds, termFrequencies, SourcePairPriors.uniform(model.lambda()));
    }
}
