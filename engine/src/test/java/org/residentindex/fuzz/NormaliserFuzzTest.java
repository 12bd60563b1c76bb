package org.residentindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.residentindex.model.DateValue;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.Postcode;
import org.residentindex.normalise.AddressParser;
import org.residentindex.normalise.DateParser;
import org.residentindex.normalise.NameNormaliser;
import org.residentindex.normalise.PostcodeParser;

/**
 * The normalisers on arbitrary text: they never throw (bad values come back flagged) and are idempotent on their
 * own text output, the {@code Normaliser} contract.
 */
@org.junit.jupiter.api.Tag("fuzz")
class NormaliserFuzzTest {

    private final DateParser dates = new DateParser();
    private final PostcodeParser postcodes = new PostcodeParser();
    private final AddressParser addresses = new AddressParser();
    private final NameNormaliser names = new NameNormaliser();

    @FuzzTest(maxDuration = "90s")
    void dateParser(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        DateValue once = dates.normalise(raw);
        assertThat(once).isNotNull();
        if (once.date() != null) {
            assertThat(dates.normalise(once.date().toString()).date()).isEqualTo(once.date());
        }
    }

    @FuzzTest(maxDuration = "90s")
    void postcodeParser(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        Postcode once = postcodes.normalise(raw);
        if (once != null && once.normalised() != null) {
            Postcode twice = postcodes.normalise(once.normalised());
            assertThat(twice.normalised()).isEqualTo(once.normalised());
            assertThat(twice.valid()).isEqualTo(once.valid());
        }
    }

    @FuzzTest(maxDuration = "90s")
    void addressParser(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        ParsedAddress once = addresses.normalise(raw);
        assertThat(once).isNotNull();
    }

    @FuzzTest(maxDuration = "90s")
    void nameNormaliser(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        String once = names.normalise(raw);
        if (once != null) {
            assertThat(names.normalise(once)).isEqualTo(once);
        }
    }
}
