package org.residentindex.insight;

import java.util.List;
import java.util.Map;

/**
 * One fact behind a flag, as a message key and its arguments (counts and record references only — never
 * personal data), so a report can state it in any language; {@link #english()} is its English sentence, the
 * text of {@link Flag#evidence()}.
 *
 * @param key  the fact's id ({@code elsewhere}, {@code strangers} …); a report's message key is {@code fact.KEY}
 * @param args the arguments, in template order
 */
public record Fact(String key, List<String> args) {

    /** English templates; {@code {0}}, {@code {1}} are the arguments. */
    static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("unplaced", "the elector's address could not be placed at a property"),
            Map.entry("no_other_service", "the resident appears in no other service"),
            Map.entry("elsewhere", "other services place the resident elsewhere: {0}"),
            Map.entry("tenant_elsewhere", "the tenant's other records place them elsewhere and none at the tenancy: {0}"),
            Map.entry("strangers", "{0} adult resident(s) with another surname recorded at the property: {1}"),
            Map.entry("no_family", "no other service records the child or the family surname at the admission"
                    + " property ({0} record(s) of other people there)"),
            Map.entry("child_nowhere", "the child appears in no other service"),
            Map.entry("child_records", "the child's other records: {0}"),
            Map.entry("adults", "adults at the child's property: {0} in the first extract, {1} in the second"),
            Map.entry("joined", "{0} adult(s) joined: {1}"),
            Map.entry("left", "{0} adult(s) left: {1}"));

    public Fact {
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("unknown fact " + key);
        }
        args = List.copyOf(args);
    }

    /** A fact with its arguments. */
    static Fact of(String key, Object... args) {
        return new Fact(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The fact in English. */
    public String english() {
        String text = ENGLISH.get(key);
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }

    /** The fact keys, for checking that a report has a message for each. */
    public static java.util.Set<String> keys() {
        return ENGLISH.keySet();
    }
}
