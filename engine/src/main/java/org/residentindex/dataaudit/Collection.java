package org.residentindex.dataaudit;

import java.util.List;

/**
 * How many times one item is collected for the same residents, from a link run. A resident "has the item in k
 * services" when k different services hold a non-blank value of it in at least one of the resident's records
 * (a second record in the same service does not count twice). Two services "disagree" about a resident when the
 * resident's comparable values of the item, over all services, are not all equal (comparison keys: see
 * {@link CollectionCounter}).
 *
 * @param item            the item
 * @param services        the services whose files hold the item, in run order
 * @param residents       residents in the run
 * @param holding         residents with the item in at least one service
 * @param inOne           residents with it in exactly one service
 * @param inTwo           in exactly two
 * @param inThreeOrMore   in three or more
 * @param compared        residents with comparable values in two or more services, or -1 when the item is not
 *                        compared (address: layouts differ, the UPRN row stands for it)
 * @param disagreeing     of {@code compared}, residents whose values differ, or -1 when not compared
 */
public record Collection(DataItem item, List<String> services, long residents, long holding, long inOne,
                         long inTwo, long inThreeOrMore, long compared, long disagreeing) {

    public Collection {
        services = List.copyOf(services);
    }

    /** Residents with the item in two or more services. */
    public long inTwoOrMore() {
        return inTwo + inThreeOrMore;
    }

    /** {@code inThreeOrMore / holding}. */
    public double shareThreeOrMore() {
        return Shares.of(inThreeOrMore, holding);
    }

    /** {@code inTwoOrMore / holding}. */
    public double shareTwoOrMore() {
        return Shares.of(inTwoOrMore(), holding);
    }

    /** {@code disagreeing / compared}, or null when not compared or when no resident could be compared. */
    public Double disagreementRate() {
        return compared <= 0 ? null : Shares.of(disagreeing, compared);
    }
}
