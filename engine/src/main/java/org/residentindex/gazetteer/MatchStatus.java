package org.residentindex.gazetteer;

import java.util.Locale;

/** How an address matched the gazetteer. The CSV value is the lower-case name ({@code parent_only}). */
public enum MatchStatus {
    /** Every component given agrees exactly with one property and no other property comes close. */
    EXACT,
    /** One property is clearly best, with some components differing (typos, synonyms, wrong postcode). */
    FUZZY,
    /** Two or more properties score alike; the alternatives are listed and no UPRN is trusted. */
    AMBIGUOUS,
    /** The building is certain but not the flat within it: the parent UPRN is returned. */
    PARENT_ONLY,
    /** No property is close enough (out of county, too little information). */
    NONE;

    /** The value written to CSV output. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the statuses whose UPRN may be used for linkage ({@code exact}, {@code fuzzy}). */
    public boolean isMatch() {
        return this == EXACT || this == FUZZY;
    }
}
