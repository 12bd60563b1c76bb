package org.residentindex.normalise;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.PhoneticKeys;
import org.residentindex.model.QualityFlag;
import org.residentindex.model.Sex;
import org.residentindex.model.SourceRecord;

/**
 * Turns a {@link org.residentindex.model.SourceRecord} into a {@link NormalisedRecord} with the normalisers of
 * this package. Never throws for bad values: an unparseable date, an invalid postcode, a non-numeric UPRN are
 * kept (raw where the record has a raw form) and recorded as {@link QualityFlag}s. Thread-safe.
 */
public final class RecordNormaliser {

    private final NameNormaliser names = new NameNormaliser();
    private final NameEquivalence equivalence = NameEquivalence.standard();
    private final Phonetics phonetics = new Phonetics();
    private final DateParser dates;
    private final AddressParser addresses = new AddressParser();

    /** A normaliser reading dates with {@code dateFormat} first (may be null), rejecting dates after {@code today}. */
    public RecordNormaliser(LocalDate today, String dateFormat) {
        this.dates = new DateParser(today, dateFormat);
    }

    /** A normaliser with no date hint, today as reference. */
    public RecordNormaliser() {
        this(LocalDate.now(ZoneOffset.UTC), null);
    }

    /** The normalised form of {@code r}. */
    public NormalisedRecord normalise(SourceRecord r) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        PersonName name = names.parse(r.get(CanonicalField.TITLE), r.get(CanonicalField.GIVEN_NAME),
                r.get(CanonicalField.MIDDLE_NAMES), r.get(CanonicalField.SURNAME), r.get(CanonicalField.FULL_NAME));
        DateValue dob = dates.normalise(r.get(CanonicalField.DATE_OF_BIRTH));
        if (dob.status() == DateValue.Status.INVALID) {
            flags.add(QualityFlag.DATE_OF_BIRTH_INVALID);
        }
        if (dob.ambiguousDayMonth()) {
            flags.add(QualityFlag.DATE_OF_BIRTH_AMBIGUOUS);
        }
        ParsedAddress address = addresses.parse(r.values());
        if (address.postcode() != null && !address.postcode().valid()) {
            flags.add(QualityFlag.POSTCODE_INVALID);
        }
        String rawUprn = r.get(CanonicalField.UPRN);
        Long uprn = Identifiers.uprn(rawUprn);
        if (rawUprn != null && uprn == null) {
            flags.add(QualityFlag.UPRN_NOT_NUMERIC);
        }
        String ni = Identifiers.niNumber(r.get(CanonicalField.NI_NUMBER));
        if (ni != null && !Identifiers.isValidNiNumber(ni)) {
            flags.add(QualityFlag.NI_NUMBER_INVALID);
        }
        Sex sex = Identifiers.sex(r.get(CanonicalField.SEX));
        if (r.get(CanonicalField.SEX) != null && sex == Sex.UNKNOWN) {
            flags.add(QualityFlag.SEX_UNRECOGNISED);
        }
        PhoneticKeys given = phonetics.normalise(name.given());
        PhoneticKeys surname = phonetics.normalise(name.surname());
        return new NormalisedRecord(r.source(), r.recordId(), r.line(), name.given(), name.givenDisplay(),
                name.middleNames(), name.surname(), name.surnameDisplay(), equivalence.sharedKeys(name.given()), given,
                surname, dob, sex, address.postcode(), address, uprn, ni, Identifiers.email(r.get(CanonicalField.EMAIL)),
                Identifiers.phone(r.get(CanonicalField.PHONE)), r.other(), flags);
    }
}
