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

    static Report.Bases bases(List<DatasetMeasures> datasets, ServiceOverlap overlap) {
        long records = datasets.stream().mapToLong(DatasetMeasures::records).sum();
        long duplicates = datasets.stream().mapToLong(DatasetMeasures::duplicateRecords).sum();
        long linked = datasets.stream().mapToLong(DatasetMeasures::linkedToOther).sum();
        long multi = overlap.residentsByServices().get("2") + overlap.residentsByServices().get("3+");
        return new Report.Bases(records, linked, overlap.uniqueResidents(), multi, duplicates);
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static List<String> sentences(Report.Bases b, List<DatasetMeasures> datasets,
                                  List<MaturityAssessment> maturity, List<InsightView> insights) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%,d records in %d datasets resolve to %,d unique residents.", b.records(),
                datasets.size(), b.residents()));
        out.add(String.format(Locale.ROOT, "%,d records (%s) duplicate a resident already held in the same dataset.",
                b.duplicateRecords(), pct(share(b.duplicateRecords(), b.records()))));
        out.add(String.format(Locale.ROOT, "%,d residents (%s of residents) are known to two or more services.",
                b.multiService(), pct(share(b.multiService(), b.residents()))));
        out.add(String.format(Locale.ROOT, "%,d records (%s of records) belong to a resident known to another"
                        + " service. This share of records is higher than the share of residents because a resident"
                        + " known to several services has a record in each.", b.linkedRecords(),
                pct(share(b.linkedRecords(), b.records()))));
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
                "Match scores: the match weight of every pair in links.csv and review.csv (log2 of how much more"
                        + " likely the pair's agreements are for one person than for two), with the link and review"
                        + " thresholds from run.json shown as match probabilities.",
                "The maturity thresholds are rix's reading of the WAO descriptors, not figures from the audit: the"
                        + " WAO matrix describes each level in words only. Level 1 'duplication of data is common'"
                        + " is read as a typical duplicate rate above 5%; Level 3 'duplication is kept to a minimum'"
                        + " as no dataset above 1%. A council can set its own in the maturity: section of link.yaml."));
        if (twoSnapshots) {
            notes.add("Household change compares the two extracts by record id: records of unchanged people keep"
                    + " their ids between extracts.");
        }
        return notes;
    }
}
