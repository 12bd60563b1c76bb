package org.residentindex.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;

/**
 * Saves and loads {@code model.json} (schema version {@value #SCHEMA_VERSION}). Layout:
 *
 * <pre>{@code
 * { "schemaVersion": 1, "lambda": 0.0004, "thresholds": {"link": 6.6, "review": 0.0},
 *   "comparisons": [ {"field": "surname", "levels": [ {"label": "exact", "m": 0.9, "u": 0.01}, ... ]}, ... ],
 *   "termFrequencyHashes": {"hmac": "HmacSHA256", "salt": "9f…", "minCount": 5,
 *       "fields": {"surname": {"pooledValues": 610, "pooledCount": 902, "counts": {"3b1f…": 55, ...}}}},
 *   // or, only when asked for (save(..., true)) and in files of earlier versions, the plain tables:
 *   "termFrequencies": {"surname": {"davies": 36, "jones": 55, ...}},   // optional
 *   "sourcePairs": [ {"left": "council_tax", "right": "council_tax", "lambda": 1e-7}, ... ],   // optional
 *   "duplicateFreeSources": ["dataset4a"] }   // optional
 * }</pre>
 *
 * {@code sourcePairs} holds the prior λ per pair of sources ({@link SourcePairPriors}); pairs not listed use
 * {@code lambda}. {@code duplicateFreeSources} lists the sources the model believes hold no duplicates.
 *
 * Output is byte-identical for the same model (fixed field order, sorted maps, {@code \n} line ends). Load
 * errors name the file and, for malformed JSON, the line and column — never a value from the file.
 */
public final class ModelFile {

    /** The schema version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ModelFile() {
    }

    record Level(String label, double m, double u) {
    }

    record Comparison(String field, List<Level> levels) {
    }

    record SourcePairLambda(String left, String right, Double lambda) {
    }

    record Document(Integer schemaVersion, Double lambda, MatchThresholds thresholds, List<Comparison> comparisons,
            Map<String, Map<String, Long>> termFrequencies, HashedTables termFrequencyHashes,
            List<SourcePairLambda> sourcePairs, List<String> duplicateFreeSources) {
    }

    /** {@code termFrequencyHashes}: the salt, the HMAC, and per field its hashed counts and its pool. */
    record HashedTables(String hmac, String salt, Integer minCount, Map<String, HashedField> fields) {
    }

    record HashedField(Long pooledValues, Long pooledCount, Map<String, Long> counts) {
    }

    /**
     * Writes the model to {@code file} (UTF-8), replacing it, with its term frequencies hashed and rare values
     * pooled ({@link TermFrequencies#hashed()}): the file holds no names.
     */
    public static void save(SavedModel saved, Path file) {
        save(saved, file, false);
    }

    /**
     * Writes the model; {@code plainNames} keeps the term-frequency tables in plain text (the names themselves,
     * personal data: only for a model kept inside the council).
     */
    public static void save(SavedModel saved, Path file, boolean plainNames) {
        FellegiSunterModel model = saved.model();
        double[][] m = model.m();
        double[][] u = model.u();
        List<Comparison> comparisons = new ArrayList<>();
        for (int f = 0; f < model.comparisons().size(); f++) {
            ComparisonSpec spec = model.comparisons().get(f);
            List<Level> levels = new ArrayList<>();
            for (int l = 0; l < spec.levelCount(); l++) {
                levels.add(new Level(spec.label(l), m[f][l], u[f][l]));
            }
            comparisons.add(new Comparison(spec.field(), levels));
        }
        Map<String, Map<String, Long>> tf = null;
        HashedTables hashed = null;
        TermFrequencies frequencies = saved.termFrequencies();
        if (frequencies != null && (plainNames && !frequencies.isHashed())) {
            tf = new LinkedHashMap<>();
            for (String field : frequencies.fields()) {
                tf.put(field, frequencies.counts(field));
            }
        } else if (frequencies != null) {
            TermFrequencies h = frequencies.hashed();
            Map<String, HashedField> fields = new LinkedHashMap<>();
            for (String field : h.fields()) {
                TermFrequencies.Pool pool = h.pool(field);
                fields.put(field, new HashedField(pool.values(), pool.count(), h.counts(field)));
            }
            hashed = new HashedTables("HmacSHA256", java.util.HexFormat.of().formatHex(h.salt()),
                    TermFrequencies.MIN_COUNT, fields);
        }
        List<SourcePairLambda> pairs = null;
        if (!saved.priors().lambdas().isEmpty()) {
            pairs = new ArrayList<>();
            for (Map.Entry<SourcePairPriors.SourcePair, Double> e : saved.priors().lambdas().entrySet()) {
                pairs.add(new SourcePairLambda(e.getKey().first(), e.getKey().second(), e.getValue()));
            }
        }
        Document doc = new Document(SCHEMA_VERSION, model.lambda(), saved.thresholds(), comparisons, tf, hashed, pairs,
                saved.priors().duplicateFree().isEmpty() ? null : List.copyOf(saved.priors().duplicateFree()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, doc);
            out.write("\n");
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write model file " + file + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** Reads a model saved by {@link #save}. */
    public static SavedModel load(Path file) {
        Document doc;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = MAPPER.readValue(in, Document.class);
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("Model file " + file + " does not exist", e);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ResidentIndexException("Model file " + file + " is not a valid model" + where
                    + " (expected the model.json layout, schema version " + SCHEMA_VERSION + ")", e);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read model file " + file + ": " + e.getClass().getSimpleName(),
                    e);
        }
        return toModel(doc, file);
    }

    private static SavedModel toModel(Document doc, Path file) {
        if (doc == null) {
            throw new ResidentIndexException("Model file " + file + " is empty");
        }
        if (doc.schemaVersion() == null || doc.schemaVersion() != SCHEMA_VERSION) {
            throw new ResidentIndexException("Model file " + file + " has schema version " + doc.schemaVersion()
                    + "; this rix reads version " + SCHEMA_VERSION);
        }
        require(doc.lambda() != null, file, "lambda");
        require(doc.thresholds() != null, file, "thresholds");
        require(doc.comparisons() != null && !doc.comparisons().isEmpty(), file, "comparisons");
        List<ComparisonSpec> specs = new ArrayList<>();
        double[][] m = new double[doc.comparisons().size()][];
        double[][] u = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            Comparison c = doc.comparisons().get(f);
            require(c != null && c.field() != null && c.levels() != null, file, "comparisons[" + f + "].field/levels");
            List<String> labels = new ArrayList<>();
            m[f] = new double[c.levels().size()];
            u[f] = new double[c.levels().size()];
            for (int l = 0; l < m[f].length; l++) {
                Level level = c.levels().get(l);
                require(level != null && level.label() != null, file, "comparisons[" + f + "].levels[" + l + "].label");
                labels.add(level.label());
                m[f][l] = level.m();
                u[f][l] = level.u();
            }
            specs.add(new ComparisonSpec(c.field(), labels));
        }
        try {
            FellegiSunterModel model = new FellegiSunterModel(specs, m, u, doc.lambda());
            TermFrequencies tf = doc.termFrequencies() != null ? TermFrequencies.ofCounts(doc.termFrequencies())
                    : doc.termFrequencyHashes() != null ? hashed(doc.termFrequencyHashes(), file) : null;
            return new SavedModel(model, doc.thresholds(), tf, priors(doc, model, file));
        } catch (ResidentIndexException e) {
            throw new ResidentIndexException("Model file " + file + " is inconsistent: " + e.getMessage(), e);
        }
    }

    private static TermFrequencies hashed(HashedTables t, Path file) {
        require(t.salt() != null && t.fields() != null, file, "termFrequencyHashes.salt/fields");
        if (t.hmac() != null && !"HmacSHA256".equals(t.hmac())) {
            throw new ResidentIndexException("Model file " + file + ": termFrequencyHashes.hmac must be HmacSHA256");
        }
        byte[] salt;
        try {
            salt = java.util.HexFormat.of().parseHex(t.salt());
        } catch (IllegalArgumentException e) {
            throw new ResidentIndexException("Model file " + file + ": termFrequencyHashes.salt is not hex", e);
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, TermFrequencies.Pool> pools = new LinkedHashMap<>();
        t.fields().forEach((field, f) -> {
            require(f != null, file, "termFrequencyHashes.fields." + field);
            counts.put(field, f.counts() == null ? Map.of() : f.counts());
            pools.put(field, new TermFrequencies.Pool(f.pooledValues() == null ? 0 : f.pooledValues(),
                    f.pooledCount() == null ? 0 : f.pooledCount()));
        });
        return TermFrequencies.ofHashes(salt, counts, pools);
    }

    private static SourcePairPriors priors(Document doc, FellegiSunterModel model, Path file) {
        Map<SourcePairPriors.SourcePair, Double> lambdas = new LinkedHashMap<>();
        if (doc.sourcePairs() != null) {
            for (int i = 0; i < doc.sourcePairs().size(); i++) {
                SourcePairLambda p = doc.sourcePairs().get(i);
                require(p != null && p.left() != null && p.right() != null && p.lambda() != null, file,
                        "sourcePairs[" + i + "].left/right/lambda");
                lambdas.put(SourcePairPriors.SourcePair.of(p.left(), p.right()), p.lambda());
            }
        }
        return new SourcePairPriors(model.lambda(), lambdas, doc.duplicateFreeSources() == null ? java.util.Set.of()
                : java.util.Set.copyOf(doc.duplicateFreeSources()));
    }

    private static void require(boolean present, Path file, String what) {
        if (!present) {
            throw new ResidentIndexException("Model file " + file + " lacks '" + what + "'");
        }
    }
}
