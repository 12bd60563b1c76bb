package org.residentindex.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data-quality view of one source file an auditor needs: how it was read, how its columns were understood,
 * how many rows were read, accepted and rejected (per reason), and each column's completeness and validity.
 * Invariant: {@code rowsRead == accepted + rejected}. Immutable; serialisable as JSON by Jackson.
 *
 * @param source          source name
 * @param file            file path as given
 * @param delimiter       detected or given delimiter name (comma, tab, semicolon, pipe)
 * @param delimiterDetected true when detected
 * @param encoding        character set name
 * @param bom             true when the file had a UTF-8 byte-order mark
 * @param mapping         column → canonical field key, {@code (other)} or {@code (ignored)}, in file order
 * @param rowsRead        data rows read (blank lines not counted)
 * @param accepted        rows accepted
 * @param rejected        rows rejected
 * @param rejectsByReason rejected rows per reason label
 * @param columns         per-column quality, in file order (ignored columns left out)
 */
public record Profile(
        String source, String file, String delimiter, boolean delimiterDetected, String encoding, boolean bom,
        Map<String, String> mapping, long rowsRead, long accepted, long rejected, Map<String, Long> rejectsByReason,
        List<ColumnProfile> columns) {

    public Profile {
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        rejectsByReason = Collections.unmodifiableMap(new LinkedHashMap<>(rejectsByReason));
        columns = List.copyOf(columns);
    }

    /** The profile of the column mapped to canonical {@code fieldKey}, if mapped. */
    public Optional<ColumnProfile> field(String fieldKey) {
        return columns.stream().filter(c -> c.field().equals(fieldKey)).findFirst();
    }
}
