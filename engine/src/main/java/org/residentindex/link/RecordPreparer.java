package org.residentindex.link;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.RecordNormaliser;

/**
 * A hook for incremental linking: turns one source row into what a batch run holds for it — the normalised
 * record, the UPRNs the gazetteer gives it and its comparable values ({@link RecordFields}) — with the very
 * normaliser and gazetteer rule ({@link GazetteerUprns}) {@link LinkPipeline} uses. Thread-safe; close it to release
 * the gazetteer.
 */
public final class RecordPreparer implements AutoCloseable {

    /** One prepared record: the normalised form (display values), its UPRNs, its comparable values. */
    public record Prepared(NormalisedRecord record, Long uprn, Long parentUprn, Map<String, String> values) {
    }

    private final GazetteerUprns uprns;
    private final RecordNormaliser normaliser;
    private final Map<String, RecordNormaliser> bySource = new java.util.HashMap<>();

    private RecordPreparer(GazetteerUprns uprns, LocalDate today, Map<String, String> dateFormats) {
        this.uprns = uprns;
        this.normaliser = new RecordNormaliser(today, null);
        dateFormats.forEach((source, format) -> bySource.put(source, new RecordNormaliser(today, format)));
    }

    /**
     * @param gazetteerCsv the gazetteer a run used (null: records keep the UPRN they carry)
     * @param today        the date dates of birth are checked against (a run's date, for the same records)
     */
    public static RecordPreparer open(Path gazetteerCsv, LocalDate today) {
        return open(gazetteerCsv, today, Map.of());
    }

    /** As {@link #open(Path, LocalDate)}, with each source's date format ({@code date_format} in link.yaml). */
    public static RecordPreparer open(Path gazetteerCsv, LocalDate today, Map<String, String> dateFormats) {
        return new RecordPreparer(GazetteerUprns.open(gazetteerCsv), today, dateFormats);
    }

    /** Normalises, matches to the gazetteer and derives the comparable values of {@code raw}. */
    public Prepared prepare(SourceRecord raw) {
        NormalisedRecord r = bySource.getOrDefault(raw.source(), normaliser).normalise(raw);
        GazetteerUprns.Resolved resolved = uprns.resolve(r);
        return new Prepared(r, resolved.uprn(), resolved.parent(), RecordFields.of(r, resolved.uprn(),
                resolved.parent()));
    }

    @Override
    public void close() {
        uprns.close();
    }
}
