package org.residentindex.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.recognise.HeaderRecogniser;
import org.residentindex.model.CanonicalField;
import org.residentindex.normalise.Identifiers;

/**
 * The UPRNs of a gazetteer CSV, read from its {@code uprn} column alone, so a column of a source can be checked
 * against them before linking (the linkage itself uses the gazetteer package). Reads the file once, streaming;
 * holds one boxed long per property. Immutable once read.
 */
public final class UprnSet implements LongPredicate {

    private final Set<Long> uprns;

    private UprnSet(Set<Long> uprns) {
        this.uprns = uprns;
    }

    /** The UPRNs of {@code gazetteerCsv}'s first column whose header names a UPRN. */
    public static UprnSet read(Path gazetteerCsv) {
        try (Reader in = Files.newBufferedReader(gazetteerCsv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(in)) {
            int column = -1;
            Set<Long> set = new HashSet<>();
            for (CSVRecord r : parser) {
                if (column < 0) {
                    List<String> header = r.toList();
                    for (int i = 0; i < header.size() && column < 0; i++) {
                        if (HeaderRecogniser.field(header.get(i)) == CanonicalField.UPRN) {
                            column = i;
                        }
                    }
                    if (column < 0) {
                        throw new ResidentIndexException("gazetteer " + gazetteerCsv + ": no uprn column in the header "
                                + header);
                    }
                    continue;
                }
                Long u = column < r.size() ? Identifiers.uprn(r.get(column)) : null;
                if (u != null) {
                    set.add(u);
                }
            }
            return new UprnSet(set);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + gazetteerCsv + ": " + e.getMessage(), e);
        }
    }

    /** True when the gazetteer holds {@code uprn}. */
    @Override
    public boolean test(long uprn) {
        return uprns.contains(uprn);
    }

    /** Number of distinct UPRNs. */
    public int size() {
        return uprns.size();
    }
}
