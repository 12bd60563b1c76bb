package org.residentindex.live;

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
import java.util.ArrayList;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * The write-ahead log: one JSON line per {@link LogEntry}, appended and forced to disk ({@code fsync}) before a
 * change is acknowledged. Reading skips a torn last line (a crash mid-append, never acknowledged) and refuses a
 * damaged line anywhere else. Not thread-safe: the live index writes under its lock.
 */
final class WriteAheadLog implements AutoCloseable {

    static final String FILE = "wal.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final FileChannel channel;

    WriteAheadLog(Path folder) {
        this.file = folder.resolve(FILE);
        try {
            dropTornTail(file);
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot open the write-ahead log " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Appends the entries and forces them to disk. */
    void append(List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            StringBuilder b = new StringBuilder();
            for (LogEntry e : entries) {
                b.append(JSON.writeValueAsString(e)).append('\n');
            }
            ByteBuffer buffer = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write the write-ahead log " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Cuts a last line without its newline (a crash mid-append: never acknowledged) so appends stay whole. */
    private static void dropTornTail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = c.size();
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                c.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                c.truncate(end);
                c.force(true);
            }
        }
    }

    /** Every complete entry of the log in {@code folder}, oldest first. */
    static List<LogEntry> read(Path folder) {
        Path file = folder.resolve(FILE);
        List<LogEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            String damaged = null;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (damaged != null) {
                    throw new ResidentIndexException("The write-ahead log " + file + " is damaged at " + damaged
                            + " (not its last line)");
                }
                try {
                    entries.add(JSON.readValue(line, LogEntry.class));
                } catch (IOException e) {
                    damaged = "line " + lineNo;
                }
            }
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read the write-ahead log " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
        return entries;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot close the write-ahead log " + file, e);
        }
    }
}
