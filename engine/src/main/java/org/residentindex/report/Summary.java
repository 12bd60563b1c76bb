package org.residentindex.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.ServiceOverlap;

/** The executive summary sentences and the method notes of a report. */
final class Summary {

    private Summary() {
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100.0);
    }

    static List<String> sentences(List<DatasetMeasures> datasets, ServiceOverlap overlap,
                                  List<MaturityAssessment> maturity, List<InsightView> insights) {
        long records = datasets.stream().mapToLong(DatasetMeasures::records).sum();
        long duplicates = datasets.stream().mapToLong(DatasetMeasures::duplicateRecords).sum();
        long multi = overlap.residentsByServices().get("2") + overlap.residentsByServices().get("3+");
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%,d records in %d datasets resolve to %,d unique residents.", records,
                datasets.size(), overlap.uniqueResidents()));
        out.add(String.format(Locale.ROOT, "%,d records (%s) duplicate a resident already held in the same dataset.",
                duplicates, pct(records == 0 ? 0 : (double) duplicates / records)));
        out.add(String.format(Locale.ROOT, "%,d residents (%s) are known to two or more services.", multi,
                pct(overlap.uniqueResidents() == 0 ? 0 : (double) multi / overlap.uniqueResidents())));
        for (MaturityAssessment a : maturity) {
            out.add(a.characteristic() + ": Level " + a.level() + " (" + a.reason() + ").");
        }
        for (InsightView i : insights) {
            out.add(i.title() + ": " + i.headline() + ".");
        }
        return out;
    }

    static List<String> methodNotes(boolean twoSnapshots) {
        List<String> notes = new ArrayList<>(List.of(
                "Residents are the entities of the link run (entities.csv); a record the run left unlinked is its"
                        + " own resident. Nothing in this report uses truth data except the 'against truth' and"
                        + " 'precision/recall' figures, which appear only for generated data.",
                "Within-dataset duplicate rate = (records - distinct residents in the dataset) / records: records"
                        + " whose resident is already present in the same dataset.",
                "UPRN coverage: 'given' when the dataset carries a UPRN; 'matched' when the gazetteer address"
                        + " matcher returned an exact or fuzzy match for the parsed address; otherwise unmatched."
                        + " Records without a UPRN are placed at a property by their exact address key (postcode,"
                        + " flat, house number or name) so that records written alike still meet.",
                "Validity: a postcode of an official UK shape; a date of birth parsed to a full, possible date;"
                        + " names of letters, spaces, hyphens and apostrophes. Completeness is the share present.",
                "Conflicting details: residents whose records hold two or more different valid dates of birth,"
                        + " or who are placed at two or more properties within one dataset.",
                "Maturity levels follow the Wales Audit Office matrix; the thresholds are the documented defaults"
                        + " unless set in the maturity: section of link.yaml, and are listed with each rule.",
                "Adults for the insights are records of the adult datasets (council tax, electoral register,"
                        + " housing tenancies, housing benefit unless configured otherwise); 'unrelated' means a"
                        + " different surname, a deliberately simple rule that family members with other surnames"
                        + " defeat.",
                "Match-weight histogram: the match_weight of every pair in links.csv, with the link and review"
                        + " thresholds from run.json."));
        if (twoSnapshots) {
            notes.add("Household change compares the two extracts by record id: records of unchanged people keep"
                    + " their ids between extracts.");
        }
        return notes;
    }
}
