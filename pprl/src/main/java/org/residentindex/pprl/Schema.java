package org.residentindex.pprl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;

/**
 * What an encoding holds and how it was made: the shareable {@code schema.json} both partners and the linker
 * agree on. It holds no secret and no personal data.
 *
 * <p>Layout. The file follows clkhash's linkage schema v3 ({@code version}, {@code clkConfig} with {@code l} and
 * an HKDF {@code kdf}, and {@code features} whose {@code hashing} has a {@code comparison} of type {@code ngram}
 * with {@code n}, a {@code strategy} with {@code bitsPerToken} and a {@code hash} of type {@code doubleHash}), so
 * a clkhash user reads it at a glance. What clkhash has no word for sits under keys starting {@code x-rix}:
 * <ul>
 *   <li>{@code clkConfig.x-rix-segments}: the filter of {@code l} bits is cut into named segments (whole 64-bit
 *       words); each feature hashes into one segment ({@code hashing.x-rix-segment}). One segment per field gives
 *       field-level Bloom filters laid side by side in one record filter (the linker gets one Dice similarity per
 *       segment, hence Fellegi–Sunter comparison levels per field); one segment holding every feature is a
 *       classic single CLK (Schnell et al.). Several features may share a segment.</li>
 *   <li>{@code clkConfig.x-rix-hardening}: {@link Hardening}.</li>
 *   <li>{@code hashing.x-rix-salt}: a per-field salt mixed into the field's key, so the same value in two fields
 *       (a surname used as a given name) sets unrelated bits; {@code hashing.x-rix-weight}: the field's
 *       agreement weight in bits (documentation of how {@code bitsPerToken} was chosen, see {@link
 *       #defaults()}).</li>
 * </ul>
 *
 * @param segments the segments in filter order; their bits (before hardening) add up to {@code l}
 * @param features the encoded fields, in hashing order
 * @param kdfSalt  HKDF salt (public, part of the schema)
 * @param kdfInfo  HKDF info (public)
 * @param hardening the hardening applied after hashing
 */
public record Schema(List<Segment> segments, List<Feature> features, byte[] kdfSalt, byte[] kdfInfo,
        Hardening hardening) {

    /** The clkhash schema version whose layout this follows. */
    public static final int VERSION = 3;

    /**
     * A named range of the filter.
     *
     * @param name segment name, unique; the comparison field of the linkage model
     * @param bits bits before hardening, a positive multiple of 64
     */
    public record Segment(String name, int bits) {
        public Segment {
            if (name == null || name.isBlank()) {
                throw new ResidentIndexException("A schema segment needs a name");
            }
            if (bits <= 0 || bits % 64 != 0) {
                throw new ResidentIndexException("Schema segment '" + name + "' needs a positive multiple of 64 bits");
            }
        }
    }

    /**
     * One encoded field.
     *
     * @param identifier   the normalised field ({@link FieldValue#NAMES}, or {@code other.COLUMN})
     * @param n            q-gram length (2 for bigrams); 1 with {@code positional} for digit-by-digit dates
     * @param positional   whether each q-gram carries its position (for fixed-width values such as dates)
     * @param bitsPerToken k, the number of bits (hash functions) per q-gram
     * @param segment      the segment it hashes into
     * @param salt         per-field salt mixed into the field's key
     * @param weight       the field's agreement weight in bits (informative)
     */
    public record Feature(String identifier, int n, boolean positional, int bitsPerToken, String segment,
            String salt, double weight) {
        public Feature {
            FieldValue.check(identifier);
            if (n < 1 || n > 4) {
                throw new ResidentIndexException("Feature '" + identifier + "': ngram n must lie in 1..4");
            }
            if (bitsPerToken < 1 || bitsPerToken > 64) {
                throw new ResidentIndexException("Feature '" + identifier + "': bitsPerToken must lie in 1..64");
            }
            salt = salt == null ? "" : salt;
        }
    }

    public Schema {
        segments = List.copyOf(segments);
        features = List.copyOf(features);
        kdfSalt = kdfSalt.clone();
        kdfInfo = kdfInfo.clone();
        hardening = hardening == null ? Hardening.NONE : hardening;
        Map<String, Segment> byName = new LinkedHashMap<>();
        for (Segment s : segments) {
            if (byName.put(s.name(), s) != null) {
                throw new ResidentIndexException("Schema segment '" + s.name() + "' is named twice");
            }
            hardening.storedBits(s.bits());
        }
        if (segments.isEmpty() || features.isEmpty()) {
            throw new ResidentIndexException("A schema needs at least one segment and one feature");
        }
        for (Feature f : features) {
            if (!byName.containsKey(f.segment())) {
                throw new ResidentIndexException("Feature '" + f.identifier() + "' names segment '" + f.segment()
                        + "', which the schema does not define");
            }
        }
    }

    @Override
    public byte[] kdfSalt() {
        return kdfSalt.clone();
    }

    @Override
    public byte[] kdfInfo() {
        return kdfInfo.clone();
    }

    /** {@code l}: the filter length before hardening, the sum of the segments' bits. */
    public int bits() {
        return segments.stream().mapToInt(Segment::bits).sum();
    }

    /** Bits of the stored filter after hardening. */
    public int storedBits() {
        return segments.stream().mapToInt(s -> hardening.storedBits(s.bits())).sum();
    }

    /** Index of a segment by name. */
    public int segmentIndex(String name) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new ResidentIndexException("No schema segment '" + name + "'");
    }

    /**
     * The default schema, 1024 bits in all: one segment per person-level field (given name, surname, date of
     * birth, sex) and one address segment holding the address line, postcode and town together — three fields
     * that say the same thing (where someone lives) and that, compared one by one, counted a household three
     * times over (on the generated county, separate postcode, address and town segments linked spouses and
     * parents with children). Segment sizes follow the fields' agreement weights (roughly log2(m/u) on the
     * generated county and FEBRL: date of birth 12 bits, surname 9, given name 7, address 8 + postcode 8 + town 3,
     * sex 1), rounded to whole words; {@code bitsPerToken} then sets each field's share of its segment by its
     * weight and puts the segment about half full for typical values (k ≈ bits · ln 2 / q-grams): half full is
     * where a Bloom filter's bits carry the most information, and where a frequency attack learns least from any
     * one bit.
     */
    public static Schema defaults() {
        List<Segment> segments = List.of(new Segment("given_name", 192), new Segment("surname", 192),
                new Segment("date_of_birth", 192), new Segment("postcode", 128), new Segment("address", 192),
                new Segment("place", 64), new Segment("sex", 64));
        List<Feature> features = List.of(
                new Feature("given_name", 2, false, 20, "given_name", "given_name", 7.0),
                new Feature("surname", 2, false, 16, "surname", "surname", 9.0),
                new Feature("date_of_birth", 1, true, 16, "date_of_birth", "date_of_birth", 12.0),
                new Feature("postcode", 2, false, 12, "postcode", "postcode", 8.0),
                new Feature("address", 2, false, 8, "address", "address", 8.0),
                new Feature("place", 2, false, 4, "place", "place", 3.0),
                new Feature("sex", 1, false, 32, "sex", "sex", 1.0));
        return new Schema(segments, features, "rix-pprl-default-salt".getBytes(StandardCharsets.UTF_8),
                "rix-pprl-v1".getBytes(StandardCharsets.UTF_8), Hardening.NONE);
    }

    /** This schema with other hardening. */
    public Schema withHardening(Hardening h) {
        return new Schema(segments, features, kdfSalt, kdfInfo, h);
    }

    /** The schema as clkhash-style JSON (see the class comment). */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode config = root.putObject("clkConfig");
        config.put("l", bits());
        ObjectNode kdf = config.putObject("kdf");
        kdf.put("type", "HKDF");
        kdf.put("hash", "SHA256");
        kdf.put("salt", Base64.getEncoder().encodeToString(kdfSalt));
        kdf.put("info", Base64.getEncoder().encodeToString(kdfInfo));
        kdf.put("keySize", 32);
        ArrayNode segs = config.putArray("x-rix-segments");
        for (Segment s : segments) {
            segs.addObject().put("name", s.name()).put("bits", s.bits());
        }
        ObjectNode h = config.putObject("x-rix-hardening");
        h.put("xorFold", hardening.xorFold());
        h.put("sample", hardening.sample());
        h.put("balanced", hardening.balanced());
        ArrayNode feats = root.putArray("features");
        for (Feature f : features) {
            ObjectNode o = feats.addObject();
            o.put("identifier", f.identifier());
            o.putObject("format").put("type", "string").put("encoding", "utf-8");
            ObjectNode hashing = o.putObject("hashing");
            hashing.putObject("comparison").put("type", "ngram").put("n", f.n()).put("positional", f.positional());
            hashing.putObject("strategy").put("bitsPerToken", f.bitsPerToken());
            hashing.putObject("hash").put("type", "doubleHash");
            hashing.put("x-rix-segment", f.segment());
            hashing.put("x-rix-salt", f.salt());
            hashing.put("x-rix-weight", f.weight());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write the schema: " + e.getClass().getSimpleName(), e);
        }
    }

    /** SHA-256 of {@link #toJson()} in hex: both .clk files must name the same schema. */
    public String fingerprint() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(toJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Writes {@code schema.json}. */
    public void write(Path file) {
        try {
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** Reads {@code schema.json}; errors name the file and the key at fault. */
    public static Schema read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("Schema file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ResidentIndexException("Schema file " + file + " is not valid JSON ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return parse(root);
        } catch (ResidentIndexException e) {
            throw new ResidentIndexException("Schema file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a schema from its JSON text. */
    public static Schema parse(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new ResidentIndexException("The schema is not valid JSON (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Schema parse(JsonNode root) {
        if (root.path("version").asInt(-1) != VERSION) {
            throw new ResidentIndexException("'version' must be " + VERSION);
        }
        JsonNode config = need(root, "clkConfig");
        JsonNode kdf = need(config, "kdf");
        if (!"HKDF".equals(kdf.path("type").asText()) || !"SHA256".equals(kdf.path("hash").asText("SHA256"))) {
            throw new ResidentIndexException("clkConfig.kdf must be HKDF with SHA256");
        }
        List<Segment> segments = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        for (JsonNode f : need(root, "features")) {
            if (f.path("ignored").asBoolean(false)) {
                continue;
            }
            String id = need(f, "identifier").asText();
            JsonNode hashing = need(f, "hashing");
            JsonNode comparison = need(hashing, "comparison");
            if (!"ngram".equals(comparison.path("type").asText())) {
                throw new ResidentIndexException("feature '" + id + "': only comparison type 'ngram' is supported");
            }
            String hash = hashing.path("hash").path("type").asText("doubleHash");
            if (!"doubleHash".equals(hash)) {
                throw new ResidentIndexException("feature '" + id + "': only hash type 'doubleHash' is supported");
            }
            int k = need(need(hashing, "strategy"), "bitsPerToken").asInt();
            features.add(new Feature(id, need(comparison, "n").asInt(), comparison.path("positional").asBoolean(false),
                    k, hashing.path("x-rix-segment").asText(id), hashing.path("x-rix-salt").asText(id),
                    hashing.path("x-rix-weight").asDouble(Double.NaN)));
        }
        JsonNode segs = config.get("x-rix-segments");
        if (segs == null) {
            // plain clkhash schema: every feature in one CLK of l bits
            int l = need(config, "l").asInt();
            segments.add(new Segment("clk", l));
            features.replaceAll(f -> new Feature(f.identifier(), f.n(), f.positional(), f.bitsPerToken(), "clk",
                    f.salt(), f.weight()));
        } else {
            for (JsonNode s : segs) {
                segments.add(new Segment(need(s, "name").asText(), need(s, "bits").asInt()));
            }
        }
        JsonNode h = config.path("x-rix-hardening");
        Hardening hardening = new Hardening(h.path("xorFold").asBoolean(false), h.path("sample").asDouble(1.0),
                h.path("balanced").asBoolean(false));
        Schema schema = new Schema(segments, features, Base64.getDecoder().decode(need(kdf, "salt").asText()),
                Base64.getDecoder().decode(kdf.path("info").asText("")), hardening);
        if (config.has("l") && config.get("l").asInt() != schema.bits()) {
            throw new ResidentIndexException("clkConfig.l (" + config.get("l").asInt()
                    + ") is not the sum of the segments' bits (" + schema.bits() + ")");
        }
        return schema;
    }

    private static JsonNode need(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new ResidentIndexException("'" + key + "' is missing");
        }
        return v;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && s.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "Schema" + segments;
    }
}
