package org.residentindex.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One accepted source row with every field normalised for comparison. Folded forms are lower case
 * ({@code Locale.ROOT}) with diacritics removed; display forms keep the original spelling (Siân). Absent values
 * are null (strings, {@link #uprn()}) or empty (collections); {@link #dateOfBirth()}, {@link #postcode()} and
 * {@link #address()} are never null. Immutable.
 *
 * @param source            source name
 * @param recordId          record id, unique within the source
 * @param line              physical line where the row starts
 * @param givenName         folded first given name
 * @param givenNameDisplay  given name as written (trimmed, title removed)
 * @param middleNames       folded middle names, in order
 * @param surname           folded surname
 * @param surnameDisplay    surname as written
 * @param givenNameKeys     canonical equivalence keys of the given name (Dai → {david}); sorted
 * @param givenNamePhonetic phonetic keys of the given name
 * @param surnamePhonetic   phonetic keys of the surname
 * @param dateOfBirth       parsed date of birth
 * @param sex               recorded sex
 * @param postcode          parsed postcode; {@code null} only when blank
 * @param address           parsed address
 * @param uprn              UPRN when numeric, else null
 * @param niNumber          upper case NI number without spaces, or null
 * @param email             lower case email, or null
 * @param phone             digits of the phone number (leading +44 turned into 0), or null
 * @param other             other columns, raw, in file order
 * @param flags             data-quality flags
 */
public record NormalisedRecord(
        String source, String recordId, long line, String givenName, String givenNameDisplay,
        List<String> middleNames, String surname, String surnameDisplay, SortedSet<String> givenNameKeys,
        PhoneticKeys givenNamePhonetic, PhoneticKeys surnamePhonetic, DateValue dateOfBirth, Sex sex,
        Postcode postcode, ParsedAddress address, Long uprn, String niNumber, String email, String phone,
        Map<String, String> other, Set<QualityFlag> flags) {

    public NormalisedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(address, "address");
        middleNames = List.copyOf(middleNames);
        givenNameKeys = Collections.unmodifiableSortedSet(new TreeSet<>(givenNameKeys));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
        flags = flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(QualityFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
}
