package org.residentindex.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Turns measures into WAO maturity levels for Integrated customer data, Corporate Standards and the
 * data-quality side of Data Protection, using {@link MaturityThresholds} (whose Javadoc states every rule and
 * default). Each assessment carries its evidence, the rule, the reason and its {@link Cause}s — every failed
 * condition names the datasets that decide it and how many of their records would have to change — and a
 * "what would move this to the next level" sentence. Pure and thread-safe.
 */
public final class MaturityAssessor {

    private final MaturityThresholds t;

    public MaturityAssessor(MaturityThresholds thresholds) {
        this.t = thresholds == null ? MaturityThresholds.defaults() : thresholds;
    }

    /** The three assessments, in the order Integrated customer data, Corporate Standards, Data Protection. */
    public List<MaturityAssessment> assess(List<DatasetMeasures> datasets, ServiceOverlap overlap) {
        Totals s = Totals.of(datasets);
        return List.of(integrated(s, datasets), corporate(s, datasets), protection(s, datasets, overlap));
    }

    private MaturityAssessment integrated(Totals s, List<DatasetMeasures> ds) {
        List<Evidence> ev = List.of(
                new Evidence("median within-dataset duplicate rate", s.medianDuplicateRate, true,
                        "median_duplicate_rate"),
                new Evidence("highest within-dataset duplicate rate", s.maxDuplicateRate, true, "max_duplicate_rate"),
                new Evidence("records linked to at least one other service (of all records)", s.linkedShare, true,
                        "linked_share"),
                new Evidence("UPRN coverage, given or gazetteer-matched (of all records)", s.uprnCoverage, true,
                        "uprn_coverage"));
        Check dupL1 = atMost("median_duplicate_rate", "median duplicate rate", s.medianDuplicateRate,
                t.icdL1MedianDuplicateRate(), ds, DatasetMeasures::duplicateRate, dupToFix(t.icdL1MedianDuplicateRate()));
        Check linkL1 = atLeast("linked_share", "linked share", s.linkedShare, t.icdL1LinkedShare(), ds,
                DatasetMeasures::linkedShare, linkToFix(t.icdL1LinkedShare()));
        Check dupL3 = atMost("max_duplicate_rate", "highest duplicate rate", s.maxDuplicateRate,
                t.icdL3MaxDuplicateRate(), ds, DatasetMeasures::duplicateRate, dupToFix(t.icdL3MaxDuplicateRate()));
        Check uprnL3 = atLeast("uprn_coverage", "UPRN coverage", s.uprnCoverage, t.icdL3UprnCoverage(), ds,
                DatasetMeasures::uprnCoverage, uprnToFix(t.icdL3UprnCoverage()));
        Check linkL3 = atLeast("linked_share", "linked share", s.linkedShare, t.icdL3LinkedShare(), ds,
                DatasetMeasures::linkedShare, linkToFix(t.icdL3LinkedShare()));
        return decide(Characteristic.INTEGRATED_CUSTOMER_DATA, ev, List.of(dupL1, linkL1), List.of(dupL3, uprnL3, linkL3),
                "Measured from the records: duplication, linkage between services and gazetteer coverage.");
    }

    private MaturityAssessment corporate(Totals s, List<DatasetMeasures> ds) {
        long coded = ds.stream().filter(this::coded).count();
        double codedShare = Ratio.of(coded, ds.size());
        List<Evidence> ev = List.of(
                new Evidence("datasets carrying a UPRN on >= " + pct(t.csCodedDatasetUprn()) + " of records (of "
                        + ds.size() + " datasets)", codedShare, true, "coded_services"),
                new Evidence("mean postcode and date-of-birth validity (average over datasets)", s.meanValidity, true,
                        "validity"),
                new Evidence("UPRN coverage, given or gazetteer-matched (of all records)", s.uprnCoverage, true,
                        "uprn_coverage"));
        ToDoubleFunction<DatasetMeasures> givenShare = d -> Ratio.of(d.uprnGiven(), d.records());
        ToLongFunction<DatasetMeasures> none = d -> 0;
        Check codedL1 = atLeast("coded_services", "coded-dataset share", codedShare, t.csL1CodedShare(), ds, givenShare,
                none).per(t.csCodedDatasetUprn());
        Check validL1 = atLeast("validity", "validity", s.meanValidity, t.csL1Validity(), ds, Totals::validity, none);
        Check codedL3 = atLeast("coded_services", "coded-dataset share", codedShare, t.csL3CodedShare(), ds, givenShare,
                none).per(t.csCodedDatasetUprn());
        Check validL3 = atLeast("validity", "validity", s.meanValidity, t.csL3Validity(), ds, Totals::validity, none);
        Check uprnL3 = atLeast("uprn_coverage", "UPRN coverage", s.uprnCoverage, t.csL3UprnCoverage(), ds,
                DatasetMeasures::uprnCoverage, uprnToFix(t.csL3UprnCoverage()));
        return decide(Characteristic.CORPORATE_STANDARDS, ev, List.of(codedL1, validL1), List.of(codedL3, validL3, uprnL3),
                "Measured from the records: shared coding (UPRN) and field validity. Whether written corporate"
                        + " standards exist is not visible in data.");
    }

    private MaturityAssessment protection(Totals s, List<DatasetMeasures> ds, ServiceOverlap overlap) {
        double conflict = overlap.conflictingDobRate();
        List<Evidence> ev = List.of(
                new Evidence("duplicate records: copies beyond one per resident per service (of all records)",
                        s.duplicateShare, true, "duplicate_share"),
                new Evidence("residents whose records give different dates of birth (of all residents)", conflict,
                        true, "conflicting_dob"),
                new Evidence("records held per resident", overlap.recordsPerResident(), false,
                        "records_per_resident"));
        ToDoubleFunction<DatasetMeasures> conflictIn = d -> Ratio.of(d.conflictingDob(), d.residents());
        ToLongFunction<DatasetMeasures> none = d -> 0;
        Check dupL1 = atMost("duplicate_share", "duplicate share", s.duplicateShare, t.dpL1DuplicateShare(), ds,
                DatasetMeasures::duplicateRate, dupToFix(t.dpL1DuplicateShare()));
        Check conflictL1 = atMost("conflicting_dob", "conflict rate", conflict, t.dpL1ConflictRate(), ds, conflictIn,
                none);
        Check dupL3 = atMost("duplicate_share", "duplicate share", s.duplicateShare, t.dpL3DuplicateShare(), ds,
                DatasetMeasures::duplicateRate, dupToFix(t.dpL3DuplicateShare()));
        Check conflictL3 = atMost("conflicting_dob", "conflict rate", conflict, t.dpL3ConflictRate(), ds, conflictIn,
                none);
        return decide(Characteristic.DATA_PROTECTION, ev, List.of(dupL1, conflictL1), List.of(dupL3, conflictL3),
                "Data-quality side only: personal data held in more places than needed and held inconsistently."
                        + " Legal compliance and sharing agreements are not visible in data.");
    }

    private boolean coded(DatasetMeasures d) {
        return Ratio.of(d.uprnGiven(), d.records()) >= t.csCodedDatasetUprn();
    }

    /** Duplicates to resolve for a dataset's rate to reach {@code threshold}. */
    private static ToLongFunction<DatasetMeasures> dupToFix(double threshold) {
        return d -> Math.max(0, d.duplicateRecords() - (long) Math.floor(threshold * d.records()));
    }

    private static ToLongFunction<DatasetMeasures> uprnToFix(double threshold) {
        return d -> Math.max(0, (long) Math.ceil(threshold * d.records() - 1e-9) - d.uprnGiven() - d.uprnMatched());
    }

    private static ToLongFunction<DatasetMeasures> linkToFix(double threshold) {
        return d -> Math.max(0, (long) Math.ceil(threshold * d.records() - 1e-9) - d.linkedToOther());
    }

    /**
     * Level 1 when any {@code avoidLevel1} check fails; Level 3 when every {@code level3} check passes;
     * otherwise Level 2. The rule, the reason and the causes are written from the same checks, so they cannot
     * disagree.
     */
    private static MaturityAssessment decide(Characteristic c, List<Evidence> evidence, List<Check> avoidLevel1,
                                             List<Check> level3, String scope) {
        String rule = "Level 1 if " + join(avoidLevel1, " or ", false) + "; Level 3 if " + join(level3, " and ", true)
                + "; otherwise Level 2.";
        List<Cause> l1 = avoidLevel1.stream().filter(k -> !k.passes()).map(k -> k.cause(2)).toList();
        List<Cause> l3 = level3.stream().filter(k -> !k.passes()).map(k -> k.cause(3)).toList();
        int level;
        String reason;
        List<Cause> causes;
        String next;
        if (!l1.isEmpty()) {
            level = 1;
            causes = l1;
            reason = "Level 1: " + String.join("; ", l1.stream().map(Cause::text).toList());
            next = "To reach Level 2: " + String.join("; ", l1.stream().map(Cause::fix).toList()) + ".";
        } else if (l3.isEmpty()) {
            level = 3;
            causes = List.of();
            reason = "all Level 3 conditions met";
            next = "Level 3 is the top of the scale: keep every condition met at the next extract.";
        } else {
            level = 2;
            causes = l3;
            reason = "not Level 1; Level 3 not met: " + String.join("; ", l3.stream().map(Cause::text).toList());
            next = "To reach Level 3: " + String.join("; ", l3.stream().map(Cause::fix).toList()) + ".";
        }
        return new MaturityAssessment(c.id(), c.title(), level, c.descriptors(), evidence, rule, reason, causes,
                next, scope);
    }

    /** The checks as a rule: failing conditions for Level 1 ({@code asMet=false}), passing ones for Level 3. */
    private static String join(List<Check> checks, String glue, boolean asMet) {
        return String.join(glue, checks.stream().map(c -> c.name + " "
                + (asMet ? (c.atLeast ? ">=" : "<=") : (c.atLeast ? "<" : ">")) + " " + pct(c.threshold)).toList());
    }

    private static Check atLeast(String id, String name, double value, double threshold, List<DatasetMeasures> ds,
                                 ToDoubleFunction<DatasetMeasures> own, ToLongFunction<DatasetMeasures> toFix) {
        return new Check(id, name, value, threshold, true, ds, own, toFix, null);
    }

    private static Check atMost(String id, String name, double value, double threshold, List<DatasetMeasures> ds,
                                ToDoubleFunction<DatasetMeasures> own, ToLongFunction<DatasetMeasures> toFix) {
        return new Check(id, name, value, threshold, false, ds, own, toFix, null);
    }

    /**
     * A condition {@code value >= threshold} (atLeast) or {@code value <= threshold} on a pooled figure, with
     * each dataset's own figure ({@code own}) to name the datasets that fall short. For a share of datasets
     * ({@code perDataset} set) a dataset falls short when its own figure is below {@code perDataset}.
     */
    private record Check(String id, String name, double value, double threshold, boolean atLeast,
                         List<DatasetMeasures> datasets, ToDoubleFunction<DatasetMeasures> own,
                         ToLongFunction<DatasetMeasures> toFix, Double perDataset) {

        Check per(double datasetThreshold) {
            return new Check(id, name, value, threshold, atLeast, datasets, own, toFix, datasetThreshold);
        }

        boolean passes() {
            return atLeast ? value >= threshold : value <= threshold;
        }

        private boolean short_(DatasetMeasures d) {
            double v = own.applyAsDouble(d);
            double bar = perDataset != null ? perDataset : threshold;
            return atLeast ? v < bar : v > bar;
        }

        Cause cause(int level) {
            Comparator<DatasetMeasures> worst = Comparator.comparingDouble(own);
            if (!atLeast) {
                worst = worst.reversed();
            }
            List<DatasetMeasures> shortOf = datasets.stream().filter(this::short_).sorted(worst
                    .thenComparing(DatasetMeasures::source)).toList();
            List<Cause.DatasetFigure> figures = new ArrayList<>();
            for (DatasetMeasures d : shortOf) {
                figures.add(new Cause.DatasetFigure(d.source(), Ratio.round(own.applyAsDouble(d)), toFix.applyAsLong(d)));
            }
            String op = atLeast ? " < " : " > ";
            String pooled = name + " " + pct(value) + op + pct(threshold);
            String text;
            String fix;
            if (perDataset != null) {
                List<String> names = shortOf.stream().map(d -> Measures.dataset(d.source())).toList();
                text = pooled + (names.isEmpty() ? "" : " (" + and(names) + (names.size() == 1 ? " carries" : " carry")
                        + " a UPRN on fewer than " + pct(perDataset) + " of records)");
                long needed = (long) Math.ceil(threshold * datasets.size() - 1e-9) - (datasets.size() - shortOf.size());
                fix = "add the UPRN to " + Math.max(1, needed) + " more dataset(s)"
                        + (names.isEmpty() ? "" : ", e.g. " + and(names));
            } else if (shortOf.isEmpty()) {
                text = pooled;
                fix = "bring the " + name + " " + (atLeast ? "up to at least " : "down to at most ") + pct(threshold);
            } else {
                List<String> parts = new ArrayList<>();
                List<String> fixes = new ArrayList<>();
                for (Cause.DatasetFigure f : figures) {
                    parts.add(Measures.possessive(f.dataset()) + " " + shortName() + " " + pct(f.value()) + op
                            + pct(threshold));
                    fixes.add(Measures.dataset(f.dataset()) + (f.toFix() > 0 ? ": " + f.toFix() + " " + action()
                            : ": " + (atLeast ? "raise to " : "lower to ") + pct(threshold)));
                }
                boolean pooledLike = !id.equals("max_duplicate_rate");
                text = (pooledLike ? pooled + " — " : "") + and(parts);
                fix = (atLeast ? "raise " : "lower ") + "the " + shortName() + " to " + (atLeast ? "at least " : "at most ")
                        + pct(threshold) + " (" + String.join("; ", fixes) + ")";
            }
            return new Cause(id, level, value, threshold, atLeast, figures, text, fix,
                    perDataset != null ? perDataset : threshold);
        }

        private String shortName() {
            return switch (id) {
                case "median_duplicate_rate", "max_duplicate_rate", "duplicate_share" -> "duplicate rate";
                case "conflicting_dob" -> "share of residents with conflicting dates of birth";
                default -> name;
            };
        }

        private String action() {
            return switch (id) {
                case "median_duplicate_rate", "max_duplicate_rate", "duplicate_share" -> "duplicate records to resolve";
                case "uprn_coverage" -> "records to match to a UPRN";
                case "linked_share" -> "records to link";
                default -> "records to correct";
            };
        }
    }

    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100.0);
    }

    /** Figures pooled over datasets. */
    private record Totals(double medianDuplicateRate, double maxDuplicateRate, double duplicateShare,
                          double linkedShare, double uprnCoverage, double meanValidity) {

        /** Mean postcode and date-of-birth validity of one dataset (fields with values only). */
        static double validity(DatasetMeasures d) {
            double sum = 0;
            int n = 0;
            for (FieldQuality f : d.fields()) {
                if (!f.field().equals("name") && f.present() > 0) {
                    sum += f.validity();
                    n++;
                }
            }
            return n == 0 ? 1.0 : Ratio.round(sum / n);
        }

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
