package org.residentindex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How progress is drawn on stderr: {@link #TTY} (a live line, only on a terminal), {@link #PLAIN} (one line per
 * finished stage, no carriage return: for logs) or {@link #NONE} ({@code --quiet}).
 */
enum ProgressMode {
    TTY, PLAIN, NONE;

    /**
     * The mode for this process: {@code RIX_PROGRESS} / {@code -Drix.progress} ({@code tty}, {@code plain},
     * {@code none}) when set; otherwise TTY only when stderr is a terminal. The launcher passes
     * {@code -Drix.stderr.tty} from the shell's {@code [ -t 2 ]}; without it stderr's file descriptor is checked
     * on Linux ({@code /proc/self/fd/2} pointing at a terminal device), and failing that the JVM's console.
     */
    static ProgressMode detect() {
        String forced = setting("rix.progress", "RIX_PROGRESS");
        if (forced != null && !forced.isBlank() && !forced.equalsIgnoreCase("auto")) {
            try {
                return valueOf(forced.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("RIX_PROGRESS must be auto, tty, plain or none, not '" + forced + "'");
            }
        }
        return stderrIsTerminal() ? TTY : PLAIN;
    }

    static boolean stderrIsTerminal() {
        String launcher = System.getProperty("rix.stderr.tty");
        if (launcher != null) {
            return Boolean.parseBoolean(launcher);
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // not Linux or not allowed: fall through to the console check
        }
        return System.console() != null;
    }

    /** Terminal width: {@code -Drix.columns} (the launcher's {@code stty size}) or {@code COLUMNS}, else 80. */
    static int columns() {
        String c = setting("rix.columns", "COLUMNS");
        try {
            return c == null || c.isBlank() ? 80 : Math.max(40, Integer.parseInt(c.trim()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    private static String setting(String property, String env) {
        String p = System.getProperty(property);
        return p != null ? p : System.getenv(env);
    }
}
