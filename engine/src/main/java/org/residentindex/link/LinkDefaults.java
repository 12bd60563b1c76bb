package org.residentindex.link;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.residentindex.block.BlockingRule;
import org.residentindex.block.CandidatePairs;
import org.residentindex.block.CandidateSource;
import org.residentindex.block.CandidateUnion;
import org.residentindex.block.FuzzyFallback;
import org.residentindex.block.IdentifierVariants;
import org.residentindex.block.KeyBlocker;
import org.residentindex.block.KeyRules;
import org.residentindex.block.NeighbourSearch;
import org.residentindex.block.SearchTerms;
import org.residentindex.compare.Comparators;
import org.residentindex.score.MatchThresholds;

/**
 * The defaults every data set gets — there are no data-set-specific settings.
 *
 * <ul>
 *   <li>Thresholds: a pair links at match probability ≥ {@value #LINK_PROBABILITY} — a match is more likely than
 *       not (the Bayes decision with equal costs); pairs in [{@value #REVIEW_PROBABILITY},
 *       {@value #LINK_PROBABILITY}) go to review. The prior is the share of matching pairs among all pairs, so the
 *       probability is that of the whole population of pairs. Measured on the generated county (100k residents),
 *       pairs at 0.5–0.9 were 90–97% true matches, so 0.9 cost recall for little precision.</li>
 *   <li>Blocking: the union of {@link #rules}; blocks over {@value #MAX_BLOCK_SIZE} records are skipped (and
 *       reported).</li>
 *   <li>Training: u from {@link #uSample} random pairs with seed {@value #SEED}; EM from the score package's
 *       default start.</li>
 * </ul>
 */
public final class LinkDefaults {

    /** Match probability at or above which a pair links. */
    public static final double LINK_PROBABILITY = 0.5;
    /** Lower edge of the review band. */
    public static final double REVIEW_PROBABILITY = 0.1;
    /**
     * Largest block whose pairs are compared: at most ~5k pairs a block. The big blocks are common names (John
     * Jones), where the rules with date of birth or postcode find the true pairs anyway; 300 doubled the pairs of
     * the generated county for no gain in recall.
     */
    public static final int MAX_BLOCK_SIZE = 100;
    /**
     * Cap of the household rule (postcode and house number): a household seen across the services is a few people
     * with a few records each. Where the postcode is coarse (FEBRL's four-digit postcodes, a block of flats without
     * flat numbers) the blocks grow to dozens of unrelated people and nearly all their pairs are non-matches: on
     * FEBRL ×10 this rule gave 843,585 of the 990,787 candidate pairs. Measured: on the generated county (100k
     * residents) blocks over this size held 2 of 93,308 true pairs found by no other rule.
     */
    public static final int HOUSEHOLD_MAX_BLOCK_SIZE = 8;
    /** Most random pairs drawn to estimate u. */
    public static final int U_SAMPLE = 1_000_000;
    /** Fewest random pairs drawn to estimate u. */
    public static final int U_SAMPLE_MIN = 200_000;
    /** Seed of every random choice. */
    public static final long SEED = 20_240_601L;
    /**
     * A column counts as identifier-like (and becomes a blocking key) when at least half the records hold it and
     * a value is shared by at most this many records on average.
     */
    public static final double IDENTIFIER_MAX_MEAN_BLOCK = 4.0;

    private static final String K = RecordFields.KEY_PREFIX;

    private LinkDefaults() {
    }

    /**
     * Random pairs for u: 20 per record, between {@value #U_SAMPLE_MIN} and {@value #U_SAMPLE} — enough for
     * stable u of levels as rare as 1e-5, without spending seconds of a small run on sampling.
     */
    public static int uSample(int records) {
        return (int) Math.max(U_SAMPLE_MIN, Math.min(U_SAMPLE, 20L * records));
    }

    /** The default thresholds. */
    public static MatchThresholds thresholds() {
        return MatchThresholds.ofProbabilities(LINK_PROBABILITY, REVIEW_PROBABILITY);
    }

    /**
     * The default blocking rules, plus one rule per identifier-like "other" column found in the data. Each rule
     * catches what the others miss when one field is wrong: the UPRN; postcode with birth year; surname sound with
     * date of birth; given-name key with date of birth and postcode district; given-name key with surname sound;
     * date of birth with postcode district; given-name key or surname with house number and street; postcode and
     * house number (the household: missing or garbled names); given-name key with date of birth; the two names in
     * either order (given and family name swapped); the personal identifiers. Address-only rules wider than a
     * household (street and district, say) and surname with district were tried and dropped: they multiplied the
     * pairs several times over for a few extra true pairs.
     */
    public static List<BlockingRule> rules(RecordStore store) {
        List<BlockingRule> rules = new ArrayList<>(List.of(
                BlockingRule.of(K + "uprn"),
                BlockingRule.of(K + "postcode", K + "birth_year"),
                BlockingRule.of(K + "surname_phonetic", "date_of_birth"),
                BlockingRule.of(K + "given_key", "date_of_birth", K + "postcode_district"),
                BlockingRule.of(K + "given_key", K + "surname_phonetic"),
                BlockingRule.of("date_of_birth", K + "postcode_district"),
                BlockingRule.of(K + "given_key", K + "house_number", K + "street"),
                BlockingRule.of(K + "surname", K + "house_number", K + "street"),
                BlockingRule.of(K + "postcode", K + "house_number").capped(HOUSEHOLD_MAX_BLOCK_SIZE),
                BlockingRule.of(K + "given_key", "date_of_birth"),
                BlockingRule.of(K + "name_set"),
                BlockingRule.of("ni_number"),
                BlockingRule.of("email"),
                BlockingRule.of("phone")));
        for (String column : store.columnNames()) {
            if (column.startsWith(Comparators.OTHER_PREFIX) && identifierLike(store.column(column), store.size())) {
                rules.add(BlockingRule.of(column));
            }
        }
        return rules;
    }

    /**
     * The candidate pairs of a run over {@code store}: the {@link #rules} grouped by {@link KeyBlocker} with the
     * {@link #MAX_BLOCK_SIZE} cap, each {@link #identifierColumns identifier} also within one keying error
     * ({@link IdentifierVariants}), then the {@link FuzzyFallback} for the records still without a candidate (its
     * queries split into {@code chunks} tasks on {@code pool}, inline when null). What a run compares, exactly —
     * harnesses measuring blocking call this too.
     */
    public static CandidatePairs candidates(RecordStore store, ExecutorService pool, int chunks) {
        return candidateSources(store).candidates(new StoreRecords(store, pool, chunks));
    }

    /**
     * The candidate sources of a run over {@code store}, in order: the exact {@link KeyRules}, the
     * {@link IdentifierVariants} of each {@link #identifierColumns identifier}, the recall-first
     * {@link NeighbourSearch} for every record over the fields the data has ({@link #searchTerms}), the
     * {@link FuzzyFallback} for any record still without a candidate.
     */
    public static CandidateUnion candidateSources(RecordStore store) {
        List<CandidateSource> sources = new ArrayList<>();
        sources.add(new KeyRules(new KeyBlocker(MAX_BLOCK_SIZE), rules(store)));
        for (String identifier : identifierColumns(store)) {
            sources.add(IdentifierVariants.defaults().on(identifier));
        }
        sources.add(NeighbourSearch.over(searchTerms(store)));
        sources.add(FuzzyFallback.defaults().over(K + "surname", "given_name", K + "birth_year"));
        return new CandidateUnion(sources);
    }

    /** The terms the neighbour search reads from a run's columns (absent columns give none). */
    static SearchTerms searchTerms(RecordStore store) {
        List<String> identifiers = new ArrayList<>(identifierColumns(store));
        identifiers.add("phone");
        return new SearchTerms(List.of("given_name", "surname", "middle_names"),
                List.of(K + "given_key", K + "surname_phonetic"), "date_of_birth", K + "postcode",
                List.of(K + "street", K + "place"), identifiers, "email");
    }

    /**
     * The personal-identifier columns the data holds — {@code ni_number} and the identifier-like "other" columns —
     * in rule order: besides their exact rule, each is blocked within one keying error
     * ({@link org.residentindex.block.IdentifierVariants}).
     */
    public static List<String> identifierColumns(RecordStore store) {
        List<String> columns = new ArrayList<>();
        for (BlockingRule rule : rules(store)) {
            List<String> c = rule.columns();
            if (c.size() == 1 && store.column(c.get(0)) != null
                    && (c.get(0).equals("ni_number") || c.get(0).startsWith(Comparators.OTHER_PREFIX))) {
                columns.add(c.get(0));
            }
        }
        return columns;
    }

    /** Whether a column looks like a personal identifier, from its values (never from its name). */
    static boolean identifierLike(Column column, int records) {
        int present = column.present();
        return present >= records / 2 && column.distinct() > 0
                && (double) present / column.distinct() <= IDENTIFIER_MAX_MEAN_BLOCK;
    }
}
