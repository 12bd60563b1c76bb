package org.residentindex.insight;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measures the maturity rules use, by id, each with a plain-English name that states its base (what it
 * is a share of). One place, so the rule, the evidence, the causes and the glossary use the same words.
 */
public final class Measures {

    /** Id → plain name. */
    public static final Map<String, String> NAMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("median_duplicate_rate", "typical (median) duplicate rate of the datasets");
        m.put("duplicate_rate", "duplicate rate (share of a dataset's records that repeat a resident it already holds)");
        m.put("max_duplicate_rate", "highest duplicate rate of any dataset");
        m.put("linked_share", "share of all records whose resident is also known to another service");
        m.put("uprn_coverage", "share of all records placed at a property reference (UPRN), given or matched");
        m.put("coded_services", "share of datasets that carry a UPRN on at least half of their records");
        m.put("validity", "share of postcodes and dates of birth that are well formed (average over datasets)");
        m.put("duplicate_share", "share of all records that repeat a resident within the same dataset");
        m.put("conflicting_dob", "share of residents whose records give two or more different dates of birth");
        m.put("records_per_resident", "records held per resident (copies of personal data)");
        NAMES = java.util.Collections.unmodifiableMap(m);
    }

    private Measures() {
    }

    /** The plain name of {@code id}, or the id itself. */
    public static String name(String id) {
        return NAMES.getOrDefault(id, id);
    }

    /** A dataset name as an English possessive: {@code social care's}, {@code school admissions'}. */
    public static String possessive(String name) {
        String shown = dataset(name);
        return shown.endsWith("s") ? shown + "'" : shown + "'s";
    }

    /** A dataset name for prose: {@code social_care} → {@code social care}. */
    public static String dataset(String name) {
        return name.replace('_', ' ');
    }
}
