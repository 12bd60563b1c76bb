package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.ColumnMapper;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.FieldCatalogue;
import org.residentindex.ingest.MappingWarning;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.UprnSet;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;

/**
 * The per-source command-line settings shared by {@code rix link} and {@code rix profile}: {@code --map
 * [SOURCE:]field=column}, {@code --id [SOURCE:]column} and {@code --skip-rows [SOURCE:]N} (without
 * {@code SOURCE:} a setting applies to every source), and the pre-flight look at each source: its mapping and
 * warnings, printed before anything runs; {@code --strict} turns warnings into an error.
 */
final class SourceSettings {

    private final Map<String, String> map;
    private final List<String> ids;
    private final List<String> skipRows;

    SourceSettings(Map<String, String> map, List<String> ids, List<String> skipRows) {
        this.map = map == null ? Map.of() : map;
        this.ids = ids == null ? List.of() : ids;
        this.skipRows = skipRows == null ? List.of() : skipRows;
    }

    /** {@code sources} with the settings applied; a {@code SOURCE:} naming no source is a usage error. */
    List<SourceConfig> apply(List<SourceConfig> sources) {
        Set<String> names = new TreeSet<>();
        sources.forEach(s -> names.add(s.name()));
        Map<String, Map<String, String>> mapBySource = new LinkedHashMap<>();
        map.forEach((key, column) -> {
            String[] sf = split(key, names, "--map");
            CanonicalField field = CanonicalField.fromKey(sf[1]).orElseThrow(() -> new IllegalArgumentException(
                    "--map: " + FieldCatalogue.unknownFieldMessage(sf[1], "--map " + key + "=" + column)));
            mapBySource.computeIfAbsent(sf[0], k -> new LinkedHashMap<>()).put(field.key(), column);
        });
        List<SourceConfig> out = new ArrayList<>();
        for (SourceConfig s : sources) {
            SourceConfig a = s;
            for (String id : ids) {
                String[] sc = split(id, names, "--id");
                if (sc[0] == null || sc[0].equals(s.name())) {
                    a = a.withId(sc[1]);
                }
            }
            for (String n : skipRows) {
                String[] sc = split(n, names, "--skip-rows");
                if (sc[0] == null || sc[0].equals(s.name())) {
                    try {
                        a = a.withSkipRows(Integer.parseInt(sc[1].trim()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--skip-rows: expected a number of rows, found '" + sc[1]
                                + "'");
                    }
                }
            }
            Map<String, String> m = new LinkedHashMap<>();
            m.putAll(mapBySource.getOrDefault(null, Map.of()));
            m.putAll(mapBySource.getOrDefault(s.name(), Map.of()));
            out.add(m.isEmpty() ? a : a.withOverrides(m, List.of()));
        }
        return out;
    }

    /** [source or null, rest]: a prefix before ':' counts as a source only when it names one. */
    private static String[] split(String value, Set<String> names, String option) {
        int colon = value.indexOf(':');
        if (colon > 0) {
            String source = value.substring(0, colon);
            if (names.contains(source)) {
                return new String[] {source, value.substring(colon + 1)};
            }
            if (!option.equals("--id") || value.indexOf('=') >= 0) {
                throw new IllegalArgumentException(option + ": no source named '" + source + "'; sources are " + names);
            }
        }
        return new String[] {null, value};
    }

    /** The mapper the pre-flight uses: with the gazetteer's UPRNs when one is given. */
    static ColumnMapper mapper(Path gazetteer) {
        return new ColumnMapper(LocalDate.now(java.time.ZoneOffset.UTC), gazetteer == null ? null : UprnSet.read(gazetteer));
    }

    /** One source as understood before a run. */
    record Understood(SourceConfig config, ColumnMapping mapping) { }

    /** Each source's mapping, read from its first rows. */
    static List<Understood> inspect(List<SourceConfig> sources, ColumnMapper mapper) {
        SourceReader reader = new SourceReader(mapper);
        List<Understood> out = new ArrayList<>();
        for (SourceConfig s : sources) {
            out.add(new Understood(s, reader.inspect(s).mapping()));
        }
        return out;
    }

    /** Prints every warning and note; with {@code strict}, fails when there is a warning. */
    static void report(List<Understood> sources, PrintWriter err, boolean strict) {
        int warnings = 0;
        for (Understood u : sources) {
            for (MappingWarning w : u.mapping().warnings()) {
                err.println(w);
                if (w.severity() == MappingWarning.Severity.WARNING) {
                    warnings++;
                }
            }
        }
        err.flush();
        if (strict && warnings > 0) {
            throw new ResidentIndexException("--strict: " + warnings + " warning" + (warnings == 1 ? "" : "s")
                    + " about the sources' columns (above); map the columns with --map SOURCE:field=column or a"
                    + " link.yaml (rix profile --write-config link.yaml FILE...)");
        }
    }

    /** The source with its understood mapping pinned, so the run uses exactly what was printed. */
    static SourceConfig pinned(Understood u) {
        Map<String, String> m = new LinkedHashMap<>();
        u.mapping().fields().forEach((field, column) -> {
            if (field != CanonicalField.RECORD_ID) {
                m.put(field.key(), column);
            }
        });
        SourceConfig s = u.config().id() == null ? u.config().withId(u.mapping().idColumn()) : u.config();
        return s.withOverrides(m, List.of());
    }

    /** True when the source has a name or a date of birth column: something to link a person on. */
    static boolean hasPersonFields(ColumnMapping m) {
        return m.fields().containsKey(CanonicalField.GIVEN_NAME) || m.fields().containsKey(CanonicalField.SURNAME)
                || m.fields().containsKey(CanonicalField.FULL_NAME)
                || m.fields().containsKey(CanonicalField.DATE_OF_BIRTH);
    }
}
