package org.residentindex.insight;

import java.util.List;

/**
 * The Wales Audit Office's seven key characteristics of a local authority's use of data, in the order of the
 * audit's maturity table. Three can be measured from the records themselves ({@link #measured()}); the audit
 * assessed the other four — and all seven — from its data tool, a questionnaire of officers and elected
 * members (see {@code insight.survey}).
 */
public enum Characteristic {
    LEADERSHIP("leadership", "Leadership", false),
    CORPORATE_STANDARDS("corporate_standards", "Corporate Standards", true),
    INTEGRATED_CUSTOMER_DATA("integrated_customer_data", "Integrated customer data", true),
    DATA_PROTECTION("data_protection", "Data Protection", true),
    DATA_ANALYTICS("data_analytics", "Data analytics", false),
    DATA_DRIVEN_DECISIONS("data_driven_decisions", "Data Driven Decisions", false),
    OPEN_DATA("open_data", "Open Data", false);

    private final String id;
    private final String title;
    private final boolean measured;

    Characteristic(String id, String title, boolean measured) {
        this.id = id;
        this.title = title;
        this.measured = measured;
    }

    /** Stable snake_case id: survey column, message key, JSON value. */
    public String id() {
        return id;
    }

    /** The name as the WAO writes it. */
    public String title() {
        return title;
    }

    /** True when the records give evidence for it (the linker measures it). */
    public boolean measured() {
        return measured;
    }

    /** The WAO descriptors of Level 1, 2 and 3, verbatim (English). */
    public List<String> descriptors() {
        return MaturityMatrix.descriptors(title);
    }

    /** The characteristic with {@code id} or WAO title (case-insensitive), or null. */
    public static Characteristic of(String idOrTitle) {
        for (Characteristic c : values()) {
            if (c.id.equalsIgnoreCase(idOrTitle.trim()) || c.title.equalsIgnoreCase(idOrTitle.trim())) {
                return c;
            }
        }
        return null;
    }
}
