package org.residentindex.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.residentindex.ResidentIndexException;

/**
 * Chooses a resident's golden record from its records, field by field, with provenance.
 *
 * <p><b>Rules</b> (per field, configurable):
 * <ul>
 *   <li>{@link Rule#MOST_RECENT}: the value of the most recently changed record holding one;</li>
 *   <li>{@link Rule#MOST_TRUSTED}: the value of the record whose source comes first in the trust order (sources not
 *       listed come after the listed ones, in name order);</li>
 *   <li>{@link Rule#MOST_FREQUENT}: the value most records hold (compared case- and space-insensitively).</li>
 * </ul>
 * Ties always fall through in the same order — most frequent, most trusted, most recent, then the smaller record
 * key — so the result never depends on the order records are given in. {@code address}, {@code postcode} and
 * {@code uprn} are one group: the record chosen for {@code address} (by its rule, among records holding any of
 * the three) gives all three, so a golden address never mixes two properties.
 *
 * <p><b>Defaults.</b> Names, date of birth and sex: most frequent (a typo in one service is outvoted by the
 * others); the address group, email and phone: most recent (people move; the latest report is the best guess of
 * where they live now); NI number: most trusted. Immutable.
 */
public final class Survivorship {

    /** A survivorship rule. */
    public enum Rule {
        MOST_RECENT, MOST_TRUSTED, MOST_FREQUENT;

        /** The snake_case name used in configuration and provenance. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The rule named {@code key} (e.g. {@code most_recent}). */
        public static Rule of(String key) {
            for (Rule r : values()) {
                if (r.key().equals(key)) {
                    return r;
                }
            }
            throw new ResidentIndexException("Unknown survivorship rule '" + key
                    + "': use most_recent, most_trusted or most_frequent");
        }
    }

    static final List<String> ADDRESS_GROUP = List.of("address", "postcode", "uprn");

    private final Map<String, Rule> rules;
    private final List<String> trustOrder;

    private Survivorship(Map<String, Rule> rules, List<String> trustOrder) {
        this.rules = Map.copyOf(rules);
        this.trustOrder = List.copyOf(trustOrder);
    }

    /** The default rules (see the class comment) with sources trusted in name order. */
    public static Survivorship defaults() {
        return of(Map.of(), List.of());
    }

    /**
     * The defaults overridden by {@code overrides} (field → rule) with {@code trustOrder} (most trusted source
     * first).
     */
    public static Survivorship of(Map<String, Rule> overrides, List<String> trustOrder) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String f : GoldenRecord.FIELDS) {
            rules.put(f, switch (f) {
                case "given_name", "middle_names", "surname", "date_of_birth", "sex" -> Rule.MOST_FREQUENT;
                case "ni_number" -> Rule.MOST_TRUSTED;
                default -> Rule.MOST_RECENT;
            });
        }
        overrides.forEach((field, rule) -> {
            if (!rules.containsKey(field)) {
                throw new ResidentIndexException("Unknown golden-record field '" + field + "'; fields are "
                        + GoldenRecord.FIELDS);
            }
            rules.put(field, rule);
        });
        return new Survivorship(rules, trustOrder == null ? List.of() : trustOrder);
    }

    /** The rule of {@code field}. */
    public Rule rule(String field) {
        return rules.get(field);
    }

    /** The trust order, most trusted first. */
    public List<String> trustOrder() {
        return trustOrder;
    }

    /** The golden record of {@code residentId} from its records (at least one). */
    public GoldenRecord golden(String residentId, List<LiveRecord> records) {
        Map<String, GoldenRecord.Value> out = new LinkedHashMap<>();
        for (String field : GoldenRecord.FIELDS) {
            if (ADDRESS_GROUP.contains(field)) {
                if (field.equals("address")) {
                    addressGroup(records, out);
                }
                continue;
            }
            GoldenRecord.Value v = choose(field, rules.get(field), records, r -> present(r.fields().get(field)));
            if (v != null) {
                out.put(field, v);
            }
        }
        Map<String, GoldenRecord.Value> ordered = new LinkedHashMap<>();
        for (String f : GoldenRecord.FIELDS) {
            if (out.containsKey(f)) {
                ordered.put(f, out.get(f));
            }
        }
        return new GoldenRecord(residentId, ordered, records.size());
    }

    private void addressGroup(List<LiveRecord> records, Map<String, GoldenRecord.Value> out) {
        Rule rule = rules.get("address");
        GoldenRecord.Value chosen = choose("address", rule, records, r -> ADDRESS_GROUP.stream()
                .anyMatch(f -> present(r.fields().get(f))));
        if (chosen == null) {
            return;
        }
        LiveRecord winner = records.stream().filter(r -> r.key().source().equals(chosen.source())
                && r.key().recordId().equals(chosen.recordId())).findFirst().orElseThrow();
        for (String f : ADDRESS_GROUP) {
            String value = winner.fields().get(f);
            if (present(value)) {
                int support = (int) records.stream().filter(r -> fold(value).equals(fold(r.fields().get(f)))).count();
                out.put(f, new GoldenRecord.Value(value, chosen.source(), chosen.recordId(), rule.key(), support));
            }
        }
    }

    private GoldenRecord.Value choose(String field, Rule rule, List<LiveRecord> records,
            java.util.function.Predicate<LiveRecord> holds) {
        List<LiveRecord> holders = new ArrayList<>();
        for (LiveRecord r : records) {
            if (holds.test(r)) {
                holders.add(r);
            }
        }
        if (holders.isEmpty()) {
            return null;
        }
        Map<String, Integer> frequency = new LinkedHashMap<>();
        for (LiveRecord r : holders) {
            frequency.merge(fold(r.fields().get(field)), 1, Integer::sum);
        }
        Comparator<LiveRecord> byFrequency = Comparator.comparingInt(r -> -frequency.get(fold(r.fields().get(field))));
        Comparator<LiveRecord> byTrust = Comparator.comparingInt(this::trustRank)
                .thenComparing(r -> r.key().source());
        Comparator<LiveRecord> byRecency = Comparator.comparing(LiveRecord::updated, Comparator.reverseOrder());
        Comparator<LiveRecord> order = switch (rule) {
            case MOST_FREQUENT -> byFrequency.thenComparing(byTrust).thenComparing(byRecency);
            case MOST_TRUSTED -> byTrust.thenComparing(byFrequency).thenComparing(byRecency);
            case MOST_RECENT -> byRecency.thenComparing(byFrequency).thenComparing(byTrust);
        };
        LiveRecord best = holders.stream().min(order.thenComparing(LiveRecord::key)).orElseThrow();
        String value = best.fields().get(field);
        return new GoldenRecord.Value(value, best.key().source(), best.key().recordId(), rule.key(),
                value == null ? 0 : frequency.getOrDefault(fold(value), 0));
    }

    private int trustRank(LiveRecord r) {
        int i = trustOrder.indexOf(r.key().source());
        return i < 0 ? trustOrder.size() : i;
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    private static String fold(String v) {
        return v == null ? "" : v.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
