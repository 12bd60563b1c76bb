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
        String rule = String.format(Locale.ROOT, "Level 1 if median duplicate rate > %s or linked share < %s;"
                        + " Level 3 if every duplicate rate <= %s and UPRN coverage >= %s and linked share >= %s;"
                        + " otherwise Level 2.", pct(t.icdL1MedianDuplicateRate()), pct(t.icdL1LinkedShare()),
                pct(t.icdL3MaxDuplicateRate()), pct(t.icdL3UprnCoverage()), pct(t.icdL3LinkedShare()));
        int level;
        String reason;
        if (s.medianDuplicateRate > t.icdL1MedianDuplicateRate() || s.linkedShare < t.icdL1LinkedShare()) {
            level = 1;
            reason = s.medianDuplicateRate > t.icdL1MedianDuplicateRate()
                    ? "median duplicate rate " + pct(s.medianDuplicateRate) + " > " + pct(t.icdL1MedianDuplicateRate())
                    : "linked share " + pct(s.linkedShare) + " < " + pct(t.icdL1LinkedShare());
        } else if (s.maxDuplicateRate <= t.icdL3MaxDuplicateRate() && s.uprnCoverage >= t.icdL3UprnCoverage()
                && s.linkedShare >= t.icdL3LinkedShare()) {
            level = 3;
            reason = "all Level 3 conditions met";
        } else {
            level = 2;
            reason = failedLevel3(List.of(
                    new Check("highest duplicate rate", s.maxDuplicateRate, t.icdL3MaxDuplicateRate(), false),
                    new Check("UPRN coverage", s.uprnCoverage, t.icdL3UprnCoverage(), true),
                    new Check("linked share", s.linkedShare, t.icdL3LinkedShare(), true)));
        }
        return new MaturityAssessment(MaturityMatrix.INTEGRATED_CUSTOMER_DATA, level,
                MaturityMatrix.descriptors(MaturityMatrix.INTEGRATED_CUSTOMER_DATA), ev, rule, reason,
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
        String rule = String.format(Locale.ROOT, "Level 1 if coded-dataset share < %s or validity < %s;"
                        + " Level 3 if coded-dataset share >= %s and validity >= %s and UPRN coverage >= %s;"
                        + " otherwise Level 2.", pct(t.csL1CodedShare()), pct(t.csL1Validity()),
                pct(t.csL3CodedShare()), pct(t.csL3Validity()), pct(t.csL3UprnCoverage()));
        int level;
        String reason;
        if (codedShare < t.csL1CodedShare() || s.meanValidity < t.csL1Validity()) {
            level = 1;
            reason = codedShare < t.csL1CodedShare()
                    ? "coded-dataset share " + pct(codedShare) + " < " + pct(t.csL1CodedShare())
                    : "validity " + pct(s.meanValidity) + " < " + pct(t.csL1Validity());
        } else if (codedShare >= t.csL3CodedShare() && s.meanValidity >= t.csL3Validity()
                && s.uprnCoverage >= t.csL3UprnCoverage()) {
            level = 3;
            reason = "all Level 3 conditions met";
        } else {
            level = 2;
            reason = failedLevel3(List.of(
                    new Check("coded-dataset share", codedShare, t.csL3CodedShare(), true),
                    new Check("validity", s.meanValidity, t.csL3Validity(), true),
                    new Check("UPRN coverage", s.uprnCoverage, t.csL3UprnCoverage(), true)));
        }
        return new MaturityAssessment(MaturityMatrix.CORPORATE_STANDARDS, level,
                MaturityMatrix.descriptors(MaturityMatrix.CORPORATE_STANDARDS), ev, rule, reason,
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
        String rule = String.format(Locale.ROOT, "Level 1 if duplicate share > %s or conflict rate > %s;"
                        + " Level 3 if duplicate share <= %s and conflict rate <= %s; otherwise Level 2.",
                pct(t.dpL1DuplicateShare()), pct(t.dpL1ConflictRate()), pct(t.dpL3DuplicateShare()),
                pct(t.dpL3ConflictRate()));
        int level;
        String reason;
        if (s.duplicateShare > t.dpL1DuplicateShare() || conflict > t.dpL1ConflictRate()) {
            level = 1;
            reason = s.duplicateShare > t.dpL1DuplicateShare()
                    ? "duplicate share " + pct(s.duplicateShare) + " > " + pct(t.dpL1DuplicateShare())
                    : "conflict rate " + pct(conflict) + " > " + pct(t.dpL1ConflictRate());
        } else if (s.duplicateShare <= t.dpL3DuplicateShare() && conflict <= t.dpL3ConflictRate()) {
            level = 3;
            reason = "all Level 3 conditions met";
        } else {
            level = 2;
            reason = failedLevel3(List.of(
                    new Check("duplicate share", s.duplicateShare, t.dpL3DuplicateShare(), false),
                    new Check("conflict rate", conflict, t.dpL3ConflictRate(), false)));
        }
        return new MaturityAssessment(MaturityMatrix.DATA_PROTECTION, level,
                MaturityMatrix.descriptors(MaturityMatrix.DATA_PROTECTION), ev, rule, reason,
                "Data-quality side only: personal data held in more places than needed and held inconsistently."
                        + " Legal compliance and sharing agreements are not visible in data.");
    }

    private record Check(String name, double value, double threshold, boolean atLeast) {
        boolean passes() {
            return atLeast ? value >= threshold : value <= threshold;
        }
    }

    private static String failedLevel3(List<Check> checks) {
        List<String> failed = new ArrayList<>();
        for (Check c : checks) {
            if (!c.passes()) {
                failed.add(c.name + " " + pct(c.value) + (c.atLeast ? " < " : " > ") + pct(c.threshold));
            }
        }
        return "not Level 1; Level 3 not met: " + String.join(", ", failed);
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
