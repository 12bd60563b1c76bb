package org.residentindex.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.MappingDecision;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;

/**
 * Writes a {@code link.yaml} from what {@code rix profile} understood, so a user edits a config instead of
 * writing one: each source's path (relative to the yaml), id, title rows skipped, sheet, and every mapped column,
 * each with its origin, confidence and reason as a comment; unmapped columns are listed in a comment. Column
 * names only, never a value. Strings are double-quoted YAML. Refuses to overwrite an existing file.
 */
final class ConfigWriter {

    private ConfigWriter() {
    }

    static void write(Path yaml, List<SourceSettings.Understood> sources, Path gazetteer) {
        if (Files.exists(yaml)) {
            throw new ResidentIndexException(yaml + " already exists; not overwritten (remove it or give another name)");
        }
        Path base = yaml.toAbsolutePath().normalize().getParent();
        StringBuilder b = new StringBuilder();
        b.append("# Written by rix profile --write-config from what was understood of each file's header and values.\n");
        b.append("# Check each mapping (the comment says why it was chosen), then: rix link --config ")
                .append(yaml.getFileName()).append(" --out DIR\n");
        b.append("# Fields: rix fields. Paths are relative to this file.\n");
        b.append("sources:\n");
        for (SourceSettings.Understood u : sources) {
            SourceConfig s = u.config();
            ColumnMapping m = u.mapping();
            b.append("  - name: ").append(q(s.name())).append('\n');
            b.append("    path: ").append(q(relative(base, s.path()))).append('\n');
            b.append("    id: ").append(q(m.idColumn())).append('\n');
            if (s.delimiter() != null) {
                b.append("    delimiter: ").append(q(s.delimiter())).append('\n');
            }
            if (s.encoding() != null) {
                b.append("    encoding: ").append(q(s.encoding())).append('\n');
            }
            if (s.dateFormat() != null) {
                b.append("    date_format: ").append(q(s.dateFormat())).append('\n');
            }
            if (s.sheet() != null) {
                b.append("    sheet: ").append(q(s.sheet())).append('\n');
            }
            if (m.titleRows() > 0 || s.skipRows() != null) {
                long skip = s.skipRows() != null ? s.skipRows() : m.headerLine() - 1;
                b.append("    skip_rows: ").append(skip).append("   # rows above the header\n");
            }
            b.append("    mapping:\n");
            StringBuilder unmapped = new StringBuilder();
            for (MappingDecision d : m.decisions()) {
                CanonicalField f = CanonicalField.fromKey(d.target()).orElse(null);
                if (f != null && f != CanonicalField.RECORD_ID) {
                    b.append("      ").append(f.key()).append(": ").append(q(d.column()))
                            .append(String.format(Locale.ROOT, "   # %s %.2f: %s", d.origin(), d.confidence(),
                                    oneLine(d.reason()))).append('\n');
                } else if (f == null && !d.target().equals("(ignored)")) {
                    unmapped.append(unmapped.length() == 0 ? "" : ", ").append(d.column());
                }
            }
            if (!s.ignore().isEmpty()) {
                b.append("    ignore: [");
                for (int i = 0; i < s.ignore().size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(q(s.ignore().get(i)));
                }
                b.append("]\n");
            }
            if (unmapped.length() > 0) {
                b.append("    # not mapped (kept as other columns): ").append(oneLine(unmapped.toString())).append('\n');
            }
        }
        if (gazetteer != null) {
            b.append("gazetteer: ").append(q(relative(base, gazetteer))).append('\n');
        }
        try {
            Files.writeString(yaml, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + yaml + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return base.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** A double-quoted YAML scalar. */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
