package org.residentindex.gazetteer;

/**
 * How one query compares with one gazetteer property, component by component. Each component has a discrete
 * level; {@link #points()} is the sum of the levels' weights, which {@link #explain()} lists term by term.
 *
 * @param postcode level of the postcode comparison
 * @param number   level of the primary number comparison
 * @param suffix   level of the number suffix comparison
 * @param flat     level of the secondary address comparison
 * @param name     level of the house/building name comparison
 * @param street   level of the street comparison
 * @param town     level of the town/locality comparison
 */
record Comparison(Level postcode, Level number, Level suffix, Level flat, Level name, Level street, Level town) {

    /** A component's discrete outcome and its weight (log-odds-like points). */
    enum Level {
        PC_UNIT(4.0), PC_NEAR(2.0), PC_SECTOR(1.0), PC_DISTRICT(0.5), PC_OTHER(-2.5),
        NUM_EXACT(3.5), NUM_QUERY_MISSING(-1.5), NUM_PROPERTY_MISSING(-2.0), NUM_CONFLICT(-6.0),
        SUFFIX_EQUAL(0.0), SUFFIX_ONE_MISSING(-1.5), SUFFIX_CONFLICT(-4.0),
        FLAT_EXACT(2.5), FLAT_FLOOR(1.5), FLAT_UNKNOWN(-0.5), FLAT_QUERY_ONLY(-1.5), FLAT_PROPERTY_ONLY(-2.0),
        FLAT_CONFLICT(-5.0),
        /** The query's number suffix is the flat's number or letter ("14B" for flat 2 of 14): weaker than a
         * true suffixed house, stronger than any other flat of the building. */
        FLAT_FROM_SUFFIX(0.0),
        NAME_EXACT(3.0), NAME_CLOSE(1.5), NAME_QUERY_ONLY(-0.2), NAME_PROPERTY_ONLY(-0.5),
        NAME_PROPERTY_ONLY_NO_NUMBER(-2.5), NAME_DIFFERENT(-1.0), NAME_DIFFERENT_NO_NUMBER(-3.5),
        STREET_EXACT(4.0), STREET_NAME(3.0), STREET_CLOSE(2.0), STREET_WEAK(0.0), STREET_DIFFERENT(-3.0),
        TOWN_MATCH(0.5), TOWN_DIFFERENT(-1.0),
        /** Nothing to compare on at least one side, or both sides empty. */
        ABSENT(0.0);

        private final double weight;

        Level(double weight) {
            this.weight = weight;
        }

        double weight() {
            return weight;
        }

        /** The level's short name without its component prefix, e.g. {@code unit}. */
        String label() {
            String n = name();
            int i = n.indexOf('_');
            return n.equals("ABSENT") ? "absent" : n.substring(i + 1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The total weight. */
    double points() {
        return postcode.weight() + number.weight() + suffix.weight() + flat.weight() + name.weight()
                + street.weight() + town.weight();
    }

    /** The levels in a fixed order, for explanation and for the "all exact" test. */
    Level[] levels() {
        return new Level[] {postcode, number, suffix, flat, name, street, town};
    }

    /** True when nothing disagrees and the anchoring components (postcode, street, number or name) are exact. */
    boolean isExact() {
        boolean anchor = number == Level.NUM_EXACT || name == Level.NAME_EXACT;
        return postcode == Level.PC_UNIT && street == Level.STREET_EXACT && anchor
                && (flat == Level.FLAT_EXACT || (flat == Level.ABSENT))
                && suffix == Level.SUFFIX_EQUAL && number != Level.NUM_CONFLICT
                && (name == Level.NAME_EXACT || name == Level.ABSENT || name == Level.NAME_QUERY_ONLY
                        || name == Level.NAME_PROPERTY_ONLY)
                && town != Level.TOWN_DIFFERENT;
    }

    /** True when the street and a number or name identify a building well enough to trust a match. */
    boolean isAnchored() {
        boolean street = this.street == Level.STREET_EXACT || this.street == Level.STREET_NAME
                || this.street == Level.STREET_CLOSE;
        boolean building = number == Level.NUM_EXACT || name == Level.NAME_EXACT || name == Level.NAME_CLOSE;
        boolean postcodeAndName = postcode == Level.PC_UNIT && (name == Level.NAME_EXACT);
        return (street && building) || postcodeAndName;
    }

    /** A data-free explanation, e.g. {@code postcode=unit number=exact ... = 12.5}. */
    String explain() {
        String[] names = {"postcode", "number", "suffix", "flat", "name", "street", "town"};
        StringBuilder b = new StringBuilder();
        Level[] ls = levels();
        for (int i = 0; i < ls.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(names[i]).append('=').append(ls[i].label());
        }
        return b.toString();
    }
}
