package org.residentindex.server.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * The audit trail: one JSON line per request or change — who (key id or token subject), role, purpose, endpoint,
 * status, the resident ids and record keys concerned, the names of the fields a query used (never their values),
 * how many results, when. Append-only and tamper-evident: each entry carries {@code prev} (the previous entry's hash)
 * and {@code hash} = SHA-256 of {@code prev + "\n" + the entry's JSON without its hash}, so editing, deleting or
 * reordering any entry breaks the chain from there on ({@link #verify}). Thread-safe.
 */
public final class AuditLog implements AutoCloseable {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** One audit entry. */
    @JsonPropertyOrder({"seq", "time", "subject", "role", "purpose", "endpoint", "status", "residents", "records",
        "query_fields", "results", "prev", "hash"})
    public record Entry(long seq, String time, String subject, String role, String purpose, String endpoint,
            int status, List<String> residents, List<String> records,
            @JsonProperty("query_fields") List<String> queryFields, int results, String prev, String hash) {

        Entry withChain(long newSeq, String newPrev, String newHash) {
            return new Entry(newSeq, time, subject, role, purpose, endpoint, status, residents, records, queryFields,
                    results, newPrev, newHash);
        }
    }

    /** The result of {@link #verify}: entries checked, and the first broken line (0 when the chain holds). */
    public record Verification(long entries, long brokenAtLine, String problem) {
        public boolean ok() {
            return brokenAtLine == 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Path file;
    private final FileChannel channel;
    private String last;
    private long seq;

    /** Opens (creating) the log, continuing its chain. */
    public AuditLog(Path file) {
        this.file = file;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            last = GENESIS;
            if (Files.exists(file)) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    String lastLine = null;
                    while ((line = r.readLine()) != null) {
                        if (!line.isBlank()) {
                            lastLine = line;
                        }
                    }
                    if (lastLine != null) {
                        Entry e = JSON.readValue(lastLine, Entry.class);
                        last = e.hash();
                        seq = e.seq();
                    }
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot open the audit log " + file + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** Appends an entry (its seq, prev and hash are set here); {@code force}: fsync before returning (changes). */
    public synchronized Entry append(Entry entry, boolean force) {
        Entry unhashed = entry.withChain(seq + 1, last, null);
        String hash = hash(last, unhashed);
        Entry e = unhashed.withChain(seq + 1, last, hash);
        try {
            ByteBuffer b = ByteBuffer.wrap((JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                channel.write(b);
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException ex) {
            throw new ResidentIndexException("Cannot write the audit log " + file + ": "
                    + ex.getClass().getSimpleName(), ex);
        }
        seq++;
        last = hash;
        return e;
    }

    /** Checks the whole chain of the log in {@code file}. */
    public static Verification verify(Path file) {
        String prev = GENESIS;
        long n = 0;
        long lineNo = 0;
        long expectedSeq = 1;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Entry e;
                try {
                    e = JSON.readValue(line, Entry.class);
                } catch (IOException ex) {
                    return new Verification(n, lineNo, "not a valid entry");
                }
                if (!prev.equals(e.prev())) {
                    return new Verification(n, lineNo, "does not follow the previous entry (deleted or reordered)");
                }
                if (e.seq() != expectedSeq) {
                    return new Verification(n, lineNo, "sequence number " + e.seq() + " where " + expectedSeq
                            + " was expected");
                }
                String h = hash(prev, e.withChain(e.seq(), e.prev(), null));
                if (!h.equals(e.hash())) {
                    return new Verification(n, lineNo, "its hash does not match its contents (edited)");
                }
                prev = e.hash();
                expectedSeq++;
                n++;
            }
        } catch (IOException ex) {
            throw new ResidentIndexException("Cannot read the audit log " + file + ": " + ex.getClass().getSimpleName(),
                    ex);
        }
        return new Verification(n, 0, null);
    }

    /** Every entry that names {@code residentId} (a subject-access question: who looked at me?). */
    public static List<Entry> forResident(Path file, String residentId) {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && line.contains(residentId)) {
                    Entry e = JSON.readValue(line, Entry.class);
                    if (e.residents() != null && e.residents().contains(residentId)) {
                        out.add(e);
                    }
                }
            }
        } catch (IOException ex) {
            throw new ResidentIndexException("Cannot read the audit log " + file + ": " + ex.getClass().getSimpleName(),
                    ex);
        }
        return out;
    }

    private static String hash(String prev, Entry unhashed) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(prev.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            d.update(JSON.writeValueAsBytes(unhashed));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new ResidentIndexException("Cannot hash an audit entry", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.force(false);
            channel.close();
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot close the audit log " + file, e);
        }
    }
}
