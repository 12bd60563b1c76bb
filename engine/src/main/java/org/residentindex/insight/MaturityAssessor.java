package org.residentindex.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns measures into WAO maturity levels for Integrated customer data, Corporate Standards and the
 * data-quality side of Data Protection, using {@link MaturityThresholds} (whose Javadoc states every rule and
 * default). Each assessment carries its evidence, the rule and the reason. Pure and thread-safe.
 */
public final class MaturityAssessor {

    private final MaturityThresholds t;

    public MaturityAssessor(MaturityThresholds thresholds) {
        this.t = thresholds == null ? MaturityThresholds.defaults() : thresholds;
    }

    /** The three assessments, in the order Integrated customer data, Corporate Standards, Data Protection. */
    public List<MaturityAssessment> assess(List<DatasetMeasures> datasets, ServiceOverlap overlap) {
        Totals s = Totals.of(datasets);
        return List.of(integrated(s), corporate(s, datasets), protection(s, overlap));
    }

    private MaturityAssessment integrated(Totals s) {
        List<Evidence> ev = List.of(
                new Evidence("median within-dataset duplicate rate", s.medianDuplicateRate, true),
                new Evidence("highest within-dataset duplicate rate", s.maxDuplicateRate, true),
                new Evidence("records linked to at least one other service", s.linkedShare, true),
                new Evidence("UPRN coverage (given or gazetteer-matched)", s.uprnCoverage, true));
        return decide(MaturityMatrix.INTEGRATED_CUSTOMER_DATA, ev,
                List.of(atMost("median duplicate rate", s.medianDuplicateRate, t.icdL1MedianDuplicateRate()),
                        atLeast("linked share", s.linkedShare, t.icdL1LinkedShare())),
                List.of(atMost("highest duplicate rate", s.maxDuplicateRate, t.icdL3MaxDuplicateRate()),
                        atLeast("UPRN coverage", s.uprnCoverage, t.icdL3UprnCoverage()),
                        atLeast("linked share", s.linkedShare, t.icdL3LinkedShare())),
                "Measured from the records: duplication, linkage between services and gazetteer coverage.");
    }

    private MaturityAssessment corporate(Totals s, List<DatasetMeasures> datasets) {
        long coded = datasets.stream()
                .filter(d -> Ratio.of(d.uprnGiven(), d.records()) >= t.csCodedDatasetUprn()).count();
        double codedShare = Ratio.of(coded, datasets.size());
        List<Evidence> ev = List.of(
                new Evidence("datasets carrying a UPRN on >= " + pct(t.csCodedDatasetUprn()) + " of records",
                        codedShare, true),
                new Evidence("mean postcode and date-of-birth validity", s.meanValidity, true),
                new Evidence("UPRN coverage (given or gazetteer-matched)", s.uprnCoverage, true));
        return decide(MaturityMatrix.CORPORATE_STANDARDS, ev,
                List.of(atLeast("coded-dataset share", codedShare, t.csL1CodedShare()),
                        atLeast("validity", s.meanValidity, t.csL1Validity())),
                List.of(atLeast("coded-dataset share", codedShare, t.csL3CodedShare()),
                        atLeast("validity", s.meanValidity, t.csL3Validity()),
                        atLeast("UPRN coverage", s.uprnCoverage, t.csL3UprnCoverage())),
                "Measured from the records: shared coding (UPRN) and field validity. Whether written corporate"
                        + " standards exist is not visible in data.");
    }

    private MaturityAssessment protection(Totals s, ServiceOverlap overlap) {
        double conflict = overlap.conflictingDobRate();
        List<Evidence> ev = List.of(
                new Evidence("duplicate records (copies beyond one per resident per service)", s.duplicateShare,
                        true),
                new Evidence("residents with conflicting dates of birth", conflict, true),
                new Evidence("records held per resident", overlap.recordsPerResident(), false));
        return decide(MaturityMatrix.DATA_PROTECTION, ev,
                List.of(atMost("duplicate share", s.duplicateShare, t.dpL1DuplicateShare()),
                        atMost("conflict rate", conflict, t.dpL1ConflictRate())),
                List.of(atMost("duplicate share", s.duplicateShare, t.dpL3DuplicateShare()),
                        atMost("conflict rate", conflict, t.dpL3ConflictRate())),
                "Data-quality side only: personal data held in more places than needed and held inconsistently."
                        + " Legal compliance and sharing agreements are not visible in data.");
    }

    /**
     * Level 1 when any {@code avoidLevel1} check fails; Level 3 when every {@code level3} check passes;
     * otherwise Level 2. The rule and the reason are written from the same checks, so they cannot disagree.
     */
    private static MaturityAssessment decide(String characteristic, List<Evidence> evidence,
                                             List<Check> avoidLevel1, List<Check> level3, String scope) {
        String rule = "Level 1 if " + join(avoidLevel1, " or ", false) + "; Level 3 if " + join(level3, " and ", true)
                + "; otherwise Level 2.";
        int level;
        String reason;
        List<Check> l1 = avoidLevel1.stream().filter(c -> !c.passes()).toList();
        List<Check> l3 = level3.stream().filter(c -> !c.passes()).toList();
        if (!l1.isEmpty()) {
            level = 1;
            reason = l1.get(0).failure();
        } else if (l3.isEmpty()) {
            level = 3;
            reason = "all Level 3 conditions met";
        } else {
            level = 2;
            reason = "not Level 1; Level 3 not met: "
                    + String.join(", ", l3.stream().map(Check::failure).toList());
        }
        return new MaturityAssessment(characteristic, level, MaturityMatrix.descriptors(characteristic), evidence,
                rule, reason, scope);
    }

    /** The checks as a rule: failing conditions for Level 1 ({@code asMet=false}), passing ones for Level 3. */
    private static String join(List<Check> checks, String glue, boolean asMet) {
        return String.join(glue, checks.stream().map(c -> c.name + " "
                + (asMet ? (c.atLeast ? ">=" : "<=") : (c.atLeast ? "<" : ">")) + " " + pct(c.threshold)).toList());
    }

    private static Check atLeast(String name, double value, double threshold) {
        return new Check(name, value, threshold, true);
    }

    private static Check atMost(String name, double value, double threshold) {
        return new Check(name, value, threshold, false);
    }

    /** A condition {@code value >= threshold} (atLeast) or {@code value <= threshold}. */
    private record Check(String name, double value, double threshold, boolean atLeast) {
        boolean passes() {
            return atLeast ? value >= threshold : value <= threshold;
        }

        String failure() {
            return name + " " + pct(value) + (atLeast ? " < " : " > ") + pct(threshold);
        }
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100.0);
    }

    /** Figures pooled over datasets. */
    private record Totals(double medianDuplicateRate, double maxDuplicateRate, double duplicateShare,
                          double linkedShare, double uprnCoverage, double meanValidity) {

        static Totals of(List<DatasetMeasures> datasets) {
            long records = 0;
            long duplicates = 0;
            long linked = 0;
            long covered = 0;
            double validity = 0;
            int validityTerms = 0;
            List<Double> rates = new ArrayList<>();
            for (DatasetMeasures d : datasets) {
                records += d.records();
                duplicates += d.duplicateRecords();
                linked += d.linkedToOther();
                covered += d.uprnGiven() + d.uprnMatched();
                rates.add(d.duplicateRate());
                for (FieldQuality f : d.fields()) {
                    if (!f.field().equals("name") && f.present() > 0) {
                        validity += f.validity();
                        validityTerms++;
                    }
                }
            }
            rates.sort(Double::compare);
            double median = rates.isEmpty() ? 0.0 : rates.size() % 2 == 1 ? rates.get(rates.size() / 2)
                    : (rates.get(rates.size() / 2 - 1) + rates.get(rates.size() / 2)) / 2.0;
            double max = rates.isEmpty() ? 0.0 : rates.get(rates.size() - 1);
            return new Totals(Ratio.round(median), max, Ratio.of(duplicates, records), Ratio.of(linked, records),
                    Ratio.of(covered, records), validityTerms == 0 ? 0.0 : Ratio.round(validity / validityTerms));
        }
    }
}
