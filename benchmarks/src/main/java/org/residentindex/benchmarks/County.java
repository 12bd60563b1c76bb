package org.residentindex.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.fixtures.GenerationSummary;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.link.RecordStore;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.RecordNormaliser;

/**
 * A generated county on disk and its records loaded the way {@code rix link} loads them (the six datasets of
 * {@code link.yaml}, read with {@link SourceReader}, normalised with {@link RecordNormaliser}, added to a
 * {@link RecordStore} in file order). Benchmarks and the macro harness share it so both see the same data as the
 * engine. Generation is seeded: the same size and seed give the same files.
 */
public final class County {

    private final Path dir;
    private final GenerationSummary summary;

    private County(Path dir, GenerationSummary summary) {
        this.dir = dir;
        this.summary = summary;
    }

    /** Generates a county of {@code residents} people with {@code seed} into {@code dir}. */
    public static County generate(int residents, long seed, Path dir) {
        GenerationSummary s = CountyGenerator.builder().residents(residents).seed(seed).build().generate(dir);
        return new County(dir, s);
    }

    /** Generates into a new temporary folder (deleted by {@link #delete()}). */
    public static County generateTemporary(int residents, long seed) {
        try {
            return generate(residents, seed, Files.createTempDirectory("rix-bench-county"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the generated files. */
    public Path dir() {
        return dir;
    }

    /** What the generator wrote. */
    public GenerationSummary summary() {
        return summary;
    }

    /** {@code link.yaml}: the six sources and the gazetteer. */
    public LinkConfig config() {
        return new LinkConfigReader().read(dir.resolve("link.yaml"));
    }

    /** {@code truth.csv}. */
    public Path truth() {
        return dir.resolve("truth.csv");
    }

    /** {@code gazetteer.csv}. */
    public Path gazetteer() {
        return dir.resolve("gazetteer.csv");
    }

    /** Every accepted row of every source, in source and file order. */
    public List<SourceRecord> read() {
        List<SourceRecord> rows = new ArrayList<>();
        SourceReader reader = new SourceReader();
        for (SourceConfig source : config().sources()) {
            reader.read(source, rows::add, RejectSink.discarding());
        }
        return rows;
    }

    /** Every record normalised, in source and file order (each source with its configured date format). */
    public List<NormalisedRecord> normalised() {
        List<NormalisedRecord> out = new ArrayList<>();
        SourceReader reader = new SourceReader();
        for (SourceConfig source : config().sources()) {
            RecordNormaliser normaliser = new RecordNormaliser(LocalDate.now(ZoneOffset.UTC), source.dateFormat());
            reader.read(source, r -> out.add(normaliser.normalise(r)), RejectSink.discarding());
        }
        return out;
    }

    /**
     * A frozen record store of every record loaded as {@code rix link} loads them (gazetteer UPRNs included):
     * ordinals and values are the same as in a link run on the same day.
     */
    public RecordStore store() {
        return RecordStore.load(config(), 2, LocalDate.now(ZoneOffset.UTC));
    }

    /** A frozen record store of {@code records}, ordinals in list order. */
    public static RecordStore storeOf(List<NormalisedRecord> records) {
        RecordStore store = new RecordStore();
        records.forEach(store::add);
        store.freeze();
        return store;
    }

    /** Deletes the folder and everything in it. */
    public void delete() {
        deleteTree(dir);
    }

    /** Deletes a folder tree (nothing if absent). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
