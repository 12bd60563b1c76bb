package org.residentindex.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.ModelFile;

/**
 * The match model of a run as a reader can check it: per field and comparison level the m probability (how
 * often true matches agree this way), the u probability (how often unrelated pairs do) and the weight
 * {@code log2(m/u)}; and, without any truth, the precision and recall the model itself expects of its links:
 * precision = mean match probability of the links (each link is wrong with probability {@code 1 - p});
 * recall ≈ Σp over links / Σp over links and review-band pairs — an upper bound, since pairs below the review
 * threshold are not kept and their (small) probabilities are left out.
 *
 * @param fields             per field, its levels
 * @param linkProbability    the link threshold as a match probability
 * @param reviewProbability  the review threshold as a match probability
 * @param links              pairs linked (links.csv)
 * @param reviewPairs        pairs sent to review (review.csv)
 * @param estimatedPrecision mean match probability of the links
 * @param expectedFalseLinks Σ(1 − p) over the links
 * @param estimatedRecall    Σp(links) / (Σp(links) + Σp(review pairs)); an upper bound
 * @param expectedMatchesInReview Σp over the review pairs: true matches the model expects among them
 */
public record ModelSection(List<FieldLevels> fields, Double linkProbability, Double reviewProbability, long links,
                           long reviewPairs, double estimatedPrecision, double expectedFalseLinks,
                           double estimatedRecall, double expectedMatchesInReview) {

    public ModelSection {
        fields = List.copyOf(fields);
    }

    /**
     * @param field  field name
     * @param levels its comparison levels, best agreement first
     */
    public record FieldLevels(String field, List<Level> levels) {
        public FieldLevels {
            levels = List.copyOf(levels);
        }
    }

    /**
     * @param label  level label ({@code exact}, {@code jw92}, {@code else} …)
     * @param m      P(level | same person)
     * @param u      P(level | different people)
     * @param weight {@code log2(m / u)}: positive is evidence for a match
     */
    public record Level(String label, double m, double u, double weight) {
    }

    /** Probability of a match weight: {@code 1 / (1 + 2^-w)}. */
    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2.0, -weight));
    }

    static ModelSection of(Path runDir, RunManifest manifest) {
        List<FieldLevels> fields = new ArrayList<>();
        Path modelFile = runDir.resolve("model.json");
        if (Files.isRegularFile(modelFile)) {
            FellegiSunterModel model = ModelFile.load(modelFile).model();
            List<ComparisonSpec> specs = model.comparisons();
            for (int f = 0; f < specs.size(); f++) {
                List<Level> levels = new ArrayList<>();
                for (int l = 0; l < specs.get(f).levelCount(); l++) {
                    double m = model.m()[f][l];
                    double u = model.u()[f][l];
                    levels.add(new Level(specs.get(f).label(l), round(m, 6), round(u, 6), round(model.levelWeight(f, l), 2)));
                }
                fields.add(new FieldLevels(specs.get(f).field(), levels));
            }
        }
        List<double[]> links = RunCsv.pairs(runDir.resolve("links.csv"));
        List<double[]> review = RunCsv.pairs(runDir.resolve("review.csv"));
        double pLinks = links.stream().mapToDouble(p -> p[1]).sum();
        double pReview = review.stream().mapToDouble(p -> p[1]).sum();
        RunManifest.Thresholds t = manifest.thresholds();
        return new ModelSection(fields, t == null ? null : round(probability(t.link()), 4),
                t == null ? null : round(probability(t.review()), 4), links.size(), review.size(),
                links.isEmpty() ? 0 : round(pLinks / links.size(), 4), round(links.size() - pLinks, 1),
                pLinks + pReview == 0 ? 0 : round(pLinks / (pLinks + pReview), 4), round(pReview, 1));
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
