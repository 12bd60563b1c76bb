package org.residentindex.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.RecordKey;
import org.residentindex.report.RunManifest;

/**
 * A link run's output folder, written so that a crash, a kill or a second run never leaves it half-written.
 *
 * <p>Protocol: {@link #open} takes an exclusive OS lock on {@code DIR/.rix-lock} (a second concurrent run is
 * refused; the OS drops the lock when a process dies, so a crash never leaves a stale lock), finishes or discards
 * what an interrupted earlier run left, and gives a fresh staging folder {@code DIR/.rix-staging/}. The run writes
 * every file there. {@link #commit} then fsyncs them, writes the journal {@code DIR/.rix-committing} (the point of
 * no return), moves each file into {@code DIR} by atomic rename with {@code run.json} last, and deletes the
 * journal. So at any instant {@code DIR} holds either the previous complete run, or — only between the journal's
 * creation and deletion — a mixture that the journal marks: readers ({@link #checkReadable}) refuse it, and the
 * next {@code rix link} into {@code DIR} completes the move before doing anything else (the staged files are
 * complete and fsynced by then). Resident-id history ({@code entities.csv}, {@code merged_into.csv}) therefore
 * survives any crash: the old files stay until the new ones replace them whole.
 *
 * <p>{@code run.json} records the SHA-256 and per-source record counts of {@code entities.csv}
 * ({@link RunManifest.Integrity}); {@link #checkReadable} verifies them. Not thread-safe; one instance per run.
 */
public final class RunFolder implements AutoCloseable {

    /** The lock file held while a run writes into the folder. */
    public static final String LOCK = ".rix-lock";
    /** The staging folder the run writes into. */
    public static final String STAGING = ".rix-staging";
    /** Present only while staged files are being moved into place. */
    public static final String COMMITTING = ".rix-committing";
    private static final String TRASH = ".rix-trash";
    private static final String ENTITIES = "entities.csv";
    /** Test hook only (the crash test): a pause inside the move, so a kill can land there. Default 0. */
    private static final long COMMIT_PAUSE_MILLIS = Long.getLong("rix.test.commitPauseMillis", 0);

    private final Path target;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;

    private RunFolder(Path target, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.staging = target.resolve(STAGING);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates {@code dir} if needed, locks it, recovers an interrupted run (completing a started move, discarding
     * an unfinished staging folder) and prepares an empty staging folder.
     */
    public static RunFolder open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot create output folder " + dir + ": " + e.getClass().getSimpleName(),
                    e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ResidentIndexException("Another rix link run is writing to " + dir + " (it holds "
                        + dir.resolve(LOCK) + "); wait for it to finish, or give another --out folder");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            RunFolder folder = new RunFolder(dir, channel, lock);
            channel = null;
            folder.recover();
            deleteTree(folder.staging);
            Files.createDirectories(folder.staging);
            return folder;
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot lock output folder " + dir + ": " + e.getClass().getSimpleName()
                    + " (" + e.getMessage() + ")", e);
        } finally {
            closeQuietly(channel);
        }
    }

    /** The output folder. */
    public Path target() {
        return target;
    }

    /** Where the run writes its files until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /**
     * Makes the staged files the folder's current run: fsync, journal, atomic renames ({@code run.json} last),
     * journal removed. Files of the previous run that this run did not write (e.g. {@code blocking_missed.csv}
     * of a run with {@code --truth}) are left as they are.
     */
    public void commit() {
        try {
            List<Path> staged = list(staging);
            for (Path p : staged) {
                fsyncTree(p);
            }
            fsyncDir(staging);
            Path journal = target.resolve(COMMITTING);
            Files.writeString(journal, "staged run in " + STAGING + " is being moved into place\n",
                    StandardCharsets.UTF_8);
            fsyncFile(journal);
            fsyncDir(target);
            moveStaged(COMMIT_PAUSE_MILLIS);
            Files.delete(journal);
            fsyncDir(target);
            committed = true;
            deleteTree(staging);
            deleteTree(target.resolve(TRASH));
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot move the finished run into " + target + ": "
                    + e.getClass().getSimpleName() + " (" + e.getMessage() + "); rerun rix link with --out " + target
                    + " to complete it", e);
        }
    }

    /** Releases the lock; an uncommitted staging folder is removed (the previous run stays as it was). */
    @Override
    public void close() {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            // left for the next run to discard; the previous run is untouched either way
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    private void recover() throws IOException {
        if (Files.exists(target.resolve(COMMITTING))) {
            if (Files.isDirectory(staging)) {
                moveStaged(0);
            }
            Files.delete(target.resolve(COMMITTING));
            fsyncDir(target);
        }
        deleteTree(target.resolve(TRASH));
    }

    /**
     * Moves every staged entry into the target, run.json last; an entry already moved is simply absent.
     * {@code pauseMillis} after the first entry lets the crash test kill a run inside the move.
     */
    private void moveStaged(long pauseMillis) throws IOException {
        List<Path> staged = list(staging);
        staged.sort((a, b) -> Boolean.compare(isManifest(a), isManifest(b)));
        boolean first = true;
        for (Path p : staged) {
            if (!first && pauseMillis > 0) {
                pause(pauseMillis);
            }
            first = false;
            Path dest = target.resolve(p.getFileName().toString());
            if (Files.isDirectory(p)) {
                if (Files.exists(dest)) {
                    Path trash = target.resolve(TRASH);
                    Files.createDirectories(trash);
                    Path old = trash.resolve(p.getFileName().toString() + "-" + System.nanoTime());
                    Files.move(dest, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(p, dest, StandardCopyOption.ATOMIC_MOVE);
            } else {
                move(p, dest);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isManifest(Path p) {
        return p.getFileName().toString().equals(RunManifest.FILE);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The integrity record of an {@code entities.csv} about to be committed: its SHA-256 and record counts.
     */
    static RunManifest.Integrity integrity(Path entitiesFile, Map<RecordKey, String> entities) {
        SortedMap<String, Long> bySource = new TreeMap<>();
        for (RecordKey k : entities.keySet()) {
            bySource.merge(k.source(), 1L, Long::sum);
        }
        return new RunManifest.Integrity(sha256(entitiesFile), entities.size(), bySource);
    }

    /**
     * Refuses a run folder a reader cannot trust: one whose results were interrupted while being moved into
     * place, or whose {@code entities.csv} no longer matches what {@code run.json} recorded (cut, edited, or
     * left from another run). A folder without {@code run.json}, or whose manifest predates the integrity record,
     * is accepted as it is. {@code what} names the reader in the message (e.g. {@code rix report}).
     */
    public static void checkReadable(Path dir, String what) {
        if (Files.exists(dir.resolve(COMMITTING))) {
            throw new ResidentIndexException(dir + " holds a link run that was interrupted while its results were"
                    + " being moved into place, so its files may come from two runs; " + what + " cannot use it."
                    + " Run rix link again with --out " + dir + ": it completes the interrupted move first");
        }
        if (!RunManifest.exists(dir)) {
            return;
        }
        RunManifest.Integrity recorded = RunManifest.read(dir).integrity();
        Path entities = dir.resolve(ENTITIES);
        if (recorded == null || recorded.entitiesSha256() == null) {
            return;
        }
        if (!Files.isRegularFile(entities)) {
            throw new ResidentIndexException(entities + " is missing but " + dir.resolve(RunManifest.FILE)
                    + " records " + recorded.entities() + " records; rerun rix link with --out " + dir);
        }
        String actual = sha256(entities);
        if (!actual.equals(recorded.entitiesSha256())) {
            long rows = dataRows(entities);
            throw new ResidentIndexException(entities + " does not match " + dir.resolve(RunManifest.FILE)
                    + ": the run wrote " + recorded.entities() + " records, the file now holds " + rows
                    + (rows == recorded.entities() ? " but its contents differ" : "")
                    + " (cut, edited or copied from another run), so " + what + " cannot trust it. Restore the file"
                    + " from a backup; or rerun rix link with --out " + dir + " after moving entities.csv and run.json"
                    + " out of it (resident ids then start afresh)");
        }
    }

    /** {@link #checkReadable} for a file read from a run folder (e.g. {@code --previous DIR/entities.csv}). */
    public static void checkReadableFile(Path file, String what) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        if (Files.exists(parent.resolve(COMMITTING))) {
            checkReadable(parent, what);
        }
        if (file.getFileName().toString().equals(ENTITIES)) {
            checkReadable(parent, what);
        }
    }

    private static long dataRows(Path file) {
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            byte last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
        } catch (IOException e) {
            return -1;
        }
        return Math.max(0, lines - 1);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static void fsyncTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            for (Path child : list(p)) {
                fsyncTree(child);
            }
            fsyncDir(p);
        } else {
            fsyncFile(p);
        }
    }

    private static void fsyncFile(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Makes renames in {@code dir} durable; some platforms cannot open a folder for this, which is harmless. */
    private static void fsyncDir(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows): renames are still atomic, only their durability order is weaker
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing useful to add to the first error
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RunFolder[%s]", target);
    }
}
