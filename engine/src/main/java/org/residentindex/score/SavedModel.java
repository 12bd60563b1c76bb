package org.residentindex.score;

import java.util.Objects;

/**
 * Everything {@code model.json} holds: the Fellegi–Sunter model, the decision thresholds and, optionally, the
 * term-frequency tables (null when saved without them, e.g. so the file holds no personal data).
 */
public record SavedModel(FellegiSunterModel model, MatchThresholds thresholds, TermFrequencies termFrequencies) {

    public SavedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
