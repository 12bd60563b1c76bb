/**
 * Jazzer fuzz tests ({@code @FuzzTest}). Under {@code mvn verify} each runs in regression mode over its committed
 * seed corpus in {@code src/test/resources/org/residentindex/fuzz/<Class>Inputs/<method>/} (seconds); with
 * {@code JAZZER_FUZZ=1} and one test selected it fuzzes for the test's {@code maxDuration}. See README.md here.
 */
package org.residentindex.fuzz;
