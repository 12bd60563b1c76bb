package org.residentindex.block;

import java.util.function.IntFunction;

/**
 * The name columns the {@link FuzzyFallback} searches, read by record ordinal. Each function returns the folded
 * value (lower case, as normalisation left it) or null when the record lacks it.
 *
 * @param surname   ordinal → folded surname
 * @param givenName ordinal → folded given name
 * @param birthYear ordinal → four-digit birth year
 */
public record NameColumns(IntFunction<String> surname, IntFunction<String> givenName, IntFunction<String> birthYear) {
}
