package org.residentindex.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.residentindex.ResidentIndexException;

/**
 * The one check every command that writes runs before it writes anything: an output never lands on an input.
 *
 * <p>{@link #checkFile} refuses an output file that is one of the inputs — compared after resolving symbolic
 * links ({@link Path#toRealPath}) and, for existing files, by file identity (so a hard link is caught too).
 * {@link #checkFolder} refuses an output folder that is an input or contains one anywhere below it, except the
 * folder's own run-state files that a command reads back on purpose (a link run's previous {@code entities.csv},
 * {@code decisions.csv}, {@code model.json}), which the caller lists as {@code ownState}. An empty or blank output
 * path is refused too (it would silently mean the current folder). Failures are
 * {@link ResidentIndexException}s naming both paths and what to do. Stateless and thread-safe.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * Refuses {@code output} (a file about to be written) when it is one of {@code inputs}.
     *
     * @param option the option naming the output, e.g. {@code --out}, used in the message
     */
    public static void checkFile(String option, Path output, Collection<Path> inputs) {
        requireNonEmpty(option, output);
        Path out = real(output);
        for (Path input : present(inputs)) {
            if (same(out, output, input)) {
                throw new ResidentIndexException(option + " " + output + " is an input of this command (" + input
                        + "); refusing to overwrite it: choose another output file");
            }
        }
        if (Files.isDirectory(output)) {
            throw new ResidentIndexException(option + " " + output + " is a folder; give a file name");
        }
    }

    /**
     * Refuses the output folder {@code folder} when it is an input or contains one (except {@code ownState}).
     *
     * @param option the option naming the folder, e.g. {@code --out}
     */
    public static void checkFolder(String option, Path folder, Collection<Path> inputs, Collection<Path> ownState) {
        requireNonEmpty(option, folder);
        Path out = real(folder);
        List<Path> own = new ArrayList<>();
        for (Path p : present(ownState)) {
            own.add(real(p));
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ResidentIndexException(option + " " + folder + " is a file, not a folder; give a folder name");
        }
        for (Path input : present(inputs)) {
            Path in = real(input);
            if (own.contains(in)) {
                continue;
            }
            if (in.startsWith(out) || same(out, folder, input)) {
                throw new ResidentIndexException(option + " " + folder + " contains an input of this command ("
                        + input + "); its outputs could overwrite it: write into a new or separate folder");
            }
        }
    }

    private static void requireNonEmpty(String option, Path output) {
        if (output == null || output.toString().isBlank()) {
            throw new ResidentIndexException(option + " is empty; give a file or folder name (use . for the current"
                    + " folder explicitly)");
        }
    }

    private static List<Path> present(Collection<Path> paths) {
        return paths == null ? List.of() : paths.stream().filter(Objects::nonNull).toList();
    }

    private static boolean same(Path realOut, Path out, Path input) {
        if (realOut.equals(real(input))) {
            return true;
        }
        try {
            return Files.exists(out) && Files.exists(input) && Files.isSameFile(out, input);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The real path of {@code p}: its longest existing prefix resolved through symbolic links, then the rest of
     * the path appended (an output file usually does not exist yet).
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path resolved = existing.toRealPath();
            return rest == null ? resolved : resolved.resolve(rest).normalize();
        } catch (IOException e) {
            // a dangling symbolic link: compare by the path as written
            return abs;
        }
    }
}
