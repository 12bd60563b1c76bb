package org.residentindex.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's words in one language, from the resource bundles {@code messages_en.properties} and
 * {@code messages_cy.properties} (UTF-8; no fallback between them, so a missing Welsh key is an error, not
 * English text in a Welsh page). {@code {0}}, {@code {1}} … are replaced by the arguments as given —
 * deliberately not {@link java.text.MessageFormat}, whose apostrophe quoting would swallow "social care's".
 * Immutable.
 */
public final class Messages {

    /** The languages a report can be written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "cy");

    private static final String BUNDLE = "org.residentindex.report.messages";

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of {@code language} ({@code en} or {@code cy}). */
    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new org.residentindex.ResidentIndexException("report language must be en or cy, not " + language);
        }
        return new Messages(language);
    }

    /** {@code en} or {@code cy}. */
    public String language() {
        return language;
    }

    /** The text of {@code key} with {@code {i}} replaced by {@code args[i]}. */
    public String t(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " missing for language " + language, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** True when {@code key} exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A dataset's display name: {@code dataset.NAME} when translated, else the name with spaces. */
    public String dataset(String name) {
        String key = "dataset." + name;
        return has(key) ? t(key) : name.replace('_', ' ');
    }

    /** A dataset's name as a possessive in English ("social care's", "school admissions'"); as is in Welsh. */
    public String possessive(String name) {
        String shown = dataset(name);
        if (!language.equals("en")) {
            return shown;
        }
        return shown.endsWith("s") ? shown + "'" : shown + "'s";
    }

    /** Every key of this language's bundle, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(bundle.keySet());
    }
}
