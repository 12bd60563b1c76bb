package org.residentindex.normalise;

import java.util.List;

/**
 * A person's name split into parts. Folded forms come from {@link Text#foldWords} (O'Brien → obrien,
 * Lloyd-Jones → lloyd jones, Siân → sian); display forms keep the spelling as written. Absent parts are null;
 * {@code middleNames} is never null.
 *
 * @param title          folded title found and removed (mr, dr, parch …), or null
 * @param givenDisplay   first given name as written
 * @param given          folded first given name
 * @param middleNames    folded middle names in order
 * @param surnameDisplay surname as written
 * @param surname        folded surname
 */
public record PersonName(
        String title, String givenDisplay, String given, List<String> middleNames, String surnameDisplay,
        String surname) {

    public PersonName {
        middleNames = middleNames == null ? List.of() : List.copyOf(middleNames);
    }
}
