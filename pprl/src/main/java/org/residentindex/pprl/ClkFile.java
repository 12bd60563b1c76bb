package org.residentindex.pprl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * The {@code .clk} file a partner hands over: record ids and encodings only, as JSON (anonlink's {@code clks}
 * array of base64 filters, with each record's id beside it):
 * <pre>{@code
 * {"format": "rix-clk", "version": 1, "source": "council_tax", "schema_sha256": "…", "key_check": "…",
 *  "bits": 1024, "segments": [{"name": "given_name", "bits": 192}, …],
 *  "clks": [{"id": "CT0001", "clk": "base64…"}, …], "records": 5000}
 * }</pre>
 * {@code key_check} is 8 bytes of a key derived from the secret (see {@link Secret}): equal on both partners'
 * files when they used one secret, and useless for finding it. Filters are the stored words big-endian. Records
 * keep the order of the source file, so the same input gives a byte-identical file.
 */
public final class ClkFile {

    /** The {@code format} value. */
    public static final String FORMAT = "rix-clk";

    /** The file version this code writes and reads. */
    public static final int VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    private ClkFile() {
    }

    /** The header of a {@code .clk} file: what the linker needs besides the filters. */
    public record Header(String source, String schemaFingerprint, String keyCheck, List<Schema.Segment> segments) {
        public Header {
            segments = List.copyOf(segments);
        }

        /** Total stored bits. */
        public int bits() {
            return segments.stream().mapToInt(Schema.Segment::bits).sum();
        }

        /** The header of encodings of {@code schema} with {@code secret}. */
        public static Header of(String source, Schema schema, Secret secret) {
            List<Schema.Segment> stored = new ArrayList<>();
            for (Schema.Segment s : schema.segments()) {
                stored.add(new Schema.Segment(s.name(), schema.hardening().storedBits(s.bits())));
            }
            return new Header(source, schema.fingerprint(), secret.check(schema), stored);
        }
    }

    /** A streaming writer; {@link #close()} finishes the file. */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final JsonGenerator out;
        private final int words;
        private final ByteBuffer bytes;
        private long records;

        private Writer(Path file, Header header) throws IOException {
            this.file = file;
            OutputStream stream = Files.newOutputStream(file);
            this.out = JSON.createGenerator(stream);
            this.words = header.bits() / 64;
            this.bytes = ByteBuffer.allocate(words * 8);
            out.writeStartObject();
            out.writeStringField("format", FORMAT);
            out.writeNumberField("version", VERSION);
            out.writeStringField("source", header.source());
            out.writeStringField("schema_sha256", header.schemaFingerprint());
            out.writeStringField("key_check", header.keyCheck());
            out.writeNumberField("bits", header.bits());
            out.writeArrayFieldStart("segments");
            for (Schema.Segment s : header.segments()) {
                out.writeStartObject();
                out.writeStringField("name", s.name());
                out.writeNumberField("bits", s.bits());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("clks");
        }

        /** Appends one record: {@code filter[offset .. offset + words)}. */
        public void add(String id, long[] filter, int offset) {
            bytes.clear();
            for (int w = 0; w < words; w++) {
                bytes.putLong(filter[offset + w]);
            }
            try {
                out.writeRaw('\n');
                out.writeStartObject();
                out.writeStringField("id", id);
                out.writeStringField("clk", Base64.getEncoder().encodeToString(bytes.array()));
                out.writeEndObject();
            } catch (IOException e) {
                throw failure(file, e);
            }
            records++;
        }

        @Override
        public void close() {
            try {
                out.writeEndArray();
                out.writeNumberField("records", records);
                out.writeEndObject();
                out.writeRaw('\n');
                out.close();
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
    }

    /** Starts writing {@code file} (replaced if present). */
    public static Writer create(Path file, Header header) {
        try {
            return new Writer(file, header);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** A file read whole: header, ids in file order, filters packed {@code words()} longs per record. */
    public record Contents(Header header, List<String> ids, long[] filters) {
        /** Longs per record. */
        public int words() {
            return header.bits() / 64;
        }

        public int size() {
            return ids.size();
        }
    }

    /** Reads a {@code .clk} file; errors name the file and the line, never a value. */
    public static Contents read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            return read(file, p);
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("Encoded file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ResidentIndexException("Encoded file " + file + " is not a readable .clk file ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Contents read(Path file, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw bad(file, p, "it does not start with a JSON object");
        }
        String format = null;
        String source = null;
        String schema = null;
        String keyCheck = null;
        int version = -1;
        List<Schema.Segment> segments = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        long[] filters = new long[1024];
        int words = 0;
        long declared = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "format" -> format = p.getText();
                case "version" -> version = p.getIntValue();
                case "source" -> source = p.getText();
                case "schema_sha256" -> schema = p.getText();
                case "key_check" -> keyCheck = p.getText();
                case "records" -> declared = p.getLongValue();
                case "segments" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String name = null;
                        int bits = 0;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            p.nextToken();
                            if (k.equals("name")) {
                                name = p.getText();
                            } else if (k.equals("bits")) {
                                bits = p.getIntValue();
                            }
                        }
                        segments.add(new Schema.Segment(name, bits));
                    }
                    words = segments.stream().mapToInt(Schema.Segment::bits).sum() / 64;
                }
                case "clks" -> {
                    if (words == 0) {
                        throw bad(file, p, "'segments' must come before 'clks'");
                    }
                    byte[] buffer = new byte[words * 8];
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String id = null;
                        String clk = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            p.nextToken();
                            if (k.equals("id")) {
                                id = p.getText();
                            } else if (k.equals("clk")) {
                                clk = p.getText();
                            }
                        }
                        if (id == null || clk == null) {
                            throw bad(file, p, "a record lacks its 'id' or 'clk'");
                        }
                        int n = decode(clk, buffer);
                        if (n != buffer.length) {
                            throw bad(file, p, "a filter has " + n * 8 + " bits, the header says " + words * 64);
                        }
                        int at = ids.size() * words;
                        if (at + words > filters.length) {
                            filters = Arrays.copyOf(filters, Math.max(at + words, filters.length * 2));
                        }
                        ByteBuffer bb = ByteBuffer.wrap(buffer);
                        for (int w = 0; w < words; w++) {
                            filters[at + w] = bb.getLong();
                        }
                        ids.add(id);
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (!FORMAT.equals(format) || version != VERSION) {
            throw new ResidentIndexException("Encoded file " + file + " is not a " + FORMAT + " version " + VERSION
                    + " file (made by rix encode)");
        }
        if (source == null || schema == null || keyCheck == null || segments.isEmpty()) {
            throw new ResidentIndexException("Encoded file " + file + " lacks its source, schema_sha256, key_check or "
                    + "segments");
        }
        if (declared != ids.size()) {
            throw new ResidentIndexException("Encoded file " + file + " is incomplete: it declares " + declared
                    + " records and holds " + ids.size());
        }
        return new Contents(new Header(source, schema, keyCheck, segments), List.copyOf(ids),
                Arrays.copyOf(filters, ids.size() * words));
    }

    private static int decode(String base64, byte[] buffer) {
        byte[] b;
        try {
            b = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (b.length == buffer.length) {
            System.arraycopy(b, 0, buffer, 0, b.length);
        }
        return b.length;
    }

    private static ResidentIndexException bad(Path file, JsonParser p, String why) {
        return new ResidentIndexException("Encoded file " + file + " line " + p.currentLocation().getLineNr() + ": "
                + why);
    }

    private static ResidentIndexException failure(Path file, IOException e) {
        return new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
    }
}
