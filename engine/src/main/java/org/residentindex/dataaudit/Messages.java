package org.residentindex.dataaudit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The data audit's words in one language, from {@code messages_en.properties} or {@code messages_cy.properties}
 * beside this class. Never falls back to the default locale (a Welsh page stays Welsh on an English machine); a
 * missing key is an error, so a test over both bundles catches it. Thread-safe.
 */
public final class Messages {

    /** The two languages of the register. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "cy");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The messages of {@code language}, {@code en} or {@code cy}. */
    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be en or cy: " + language);
        }
        return new Messages(ResourceBundle.getBundle("org.residentindex.dataaudit.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The underlying bundle (for the test that compares keys). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key}. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with {@code args} put in its {@code {0}}, {@code {1}} … ({@code Locale.ROOT}). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.ROOT).format(args);
    }

    /** A format code's words; an unknown code is shown as it is. */
    public String formatName(String code) {
        return bundle.containsKey("format." + code) ? get("format." + code) : code;
    }
}
