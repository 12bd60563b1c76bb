package org.residentindex.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.MaturityAssessment;

/**
 * The report's aggregate figures for publication ({@code rix report --open-data DIR}), as the audit's Open Data
 * characteristic asks: {@code datasets.csv}, {@code services.csv}, {@code findings.csv}, {@code maturity.csv},
 * the same tables in {@code open-data.json}, and a CSV on the Web data dictionary
 * ({@code csv-metadata.json}, W3C CSVW) describing every column. No record-level data, no personal data.
 *
 * <p><b>Small-number suppression</b>: a count from 1 to 9 is published as {@code <10} (primary suppression);
 * 0 is published, as it reveals no one. Then, so that totals cannot reveal a suppressed count, in every group
 * of cells that add up (parts and their total, e.g. UPRN given + matched + unmatched = records) a group with
 * exactly one hidden cell has its smallest other part hidden too, shown {@code [c]} (secondary suppression; the
 * total only when no part is left), repeated until no group has a single hidden cell. A share is published only
 * when its numerator is.
 */
public final class OpenData {

    /** What a cell holding a count from 1 to 9 shows (primary suppression). */
    public static final String SUPPRESSED = "<10";

    /**
     * What a cell hidden only so that totals cannot reveal a small count shows (secondary suppression): its value
     * may be large, so it must not read "<10" (the ONS marks such cells "[c]", confidential).
     */
    public static final String CONFIDENTIAL = "[c]";

    private OpenData() {
    }

    /** One published table: columns, rows of cells ({@link Long} counts, {@link Double} shares, text). */
    private static final class Table {
        final String name;
        final String description;
        final List<String> columns;
        final Map<String, String> columnNotes = new LinkedHashMap<>();
        final List<Object[]> rows = new ArrayList<>();
        /** Groups of [row, column] cells whose first cell is the sum of the others. */
        final List<int[][]> sums = new ArrayList<>();
        /** share column → [numerator column]. */
        final Map<Integer, Integer> shareOf = new LinkedHashMap<>();
        boolean[][] hidden;
        boolean[][] small;

        Table(String name, String description, List<String> columns) {
            this.name = name;
            this.description = description;
            this.columns = columns;
        }

        int col(String c) {
            return columns.indexOf(c);
        }
    }

    /** Writes the open data of {@code r} into {@code dir}; returns the files written. */
    public static List<Path> write(Report r, Path dir) {
        List<Table> tables = List.of(datasets(r), services(r), findings(r), maturity(r));
        tables.forEach(OpenData::suppress);
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode all = json.createObjectNode();
            all.put("title", "Resident index: aggregate duplication and integration figures");
            all.put("suppression", "counts from 1 to 9 are shown as " + SUPPRESSED + "; cells hidden so that totals"
                    + " cannot reveal them are shown as " + CONFIDENTIAL);
            all.put("run_started", r.run().manifest().started());
            for (Table t : tables) {
                Path csv = dir.resolve(t.name + ".csv");
                CsvExports.csv(csv, t.columns, p -> {
                    for (int i = 0; i < t.rows.size(); i++) {
                        p.printRecord(cells(t, i));
                    }
                });
                files.add(csv);
                ArrayNode rows = all.putArray(t.name);
                for (int i = 0; i < t.rows.size(); i++) {
                    ObjectNode row = rows.addObject();
                    List<String> cells = cells(t, i);
                    for (int c = 0; c < t.columns.size(); c++) {
                        Object v = t.rows.get(i)[c];
                        if (t.hidden[i][c] || !(v instanceof Number)) {
                            row.put(t.columns.get(c), cells.get(c));
                        } else if (v instanceof Long l) {
                            row.put(t.columns.get(c), l);
                        } else {
                            row.put(t.columns.get(c), Double.parseDouble(cells.get(c)));
                        }
                    }
                }
            }
            Path jsonFile = dir.resolve("open-data.json");
            Files.writeString(jsonFile, json.writeValueAsString(all) + "\n", StandardCharsets.UTF_8);
            files.add(jsonFile);
            Path meta = dir.resolve("csv-metadata.json");
            Files.writeString(meta, json.writeValueAsString(metadata(json, tables)) + "\n", StandardCharsets.UTF_8);
            files.add(meta);
            return files;
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write open data to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> cells(Table t, int i) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < t.columns.size(); c++) {
            Object v = t.rows.get(i)[c];
            out.add(t.small[i][c] ? SUPPRESSED : t.hidden[i][c] ? CONFIDENTIAL
                    : v instanceof Double d ? CsvExports.share(d) : String.valueOf(v));
        }
        return out;
    }

    static void suppress(Table t) {
        t.hidden = new boolean[t.rows.size()][t.columns.size()];
        t.small = new boolean[t.rows.size()][t.columns.size()];
        for (int i = 0; i < t.rows.size(); i++) {
            for (int c = 0; c < t.columns.size(); c++) {
                if (t.rows.get(i)[c] instanceof Long v && v >= 1 && v <= 9) {
                    t.hidden[i][c] = true;
                    t.small[i][c] = true;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] group : t.sums) {
                int hiddenCells = 0;
                for (int[] cell : group) {
                    hiddenCells += t.hidden[cell[0]][cell[1]] ? 1 : 0;
                }
                if (hiddenCells != 1) {
                    continue;
                }
                int[] pick = null;
                long smallest = Long.MAX_VALUE;
                // the smallest visible part; the total (group[0]) only when no part is left
                for (int k = group.length - 1; k >= 0; k--) {
                    int[] cell = group[k];
                    long v = (Long) t.rows.get(cell[0])[cell[1]];
                    if (!t.hidden[cell[0]][cell[1]] && (v < smallest || pick == null) && (k > 0 || pick == null)) {
                        pick = cell;
                        smallest = v;
                    }
                }
                t.hidden[pick[0]][pick[1]] = true;
                changed = true;
            }
        }
        for (int i = 0; i < t.rows.size(); i++) {
            for (Map.Entry<Integer, Integer> e : t.shareOf.entrySet()) {
                if (t.hidden[i][e.getValue()]) {
                    t.hidden[i][e.getKey()] = true;
                }
            }
        }
    }

    private static int[][] group(int row, int... columns) {
        int[][] g = new int[columns.length][];
        for (int k = 0; k < columns.length; k++) {
            g[k] = new int[] {row, columns[k]};
        }
        return g;
    }

    private static Table datasets(Report r) {
        Table t = new Table("datasets", "Per dataset: records, residents, duplication, UPRN coverage and linkage",
                List.of("dataset", "records", "residents", "duplicate_records", "duplicate_rate", "uprn_given",
                        "uprn_matched", "uprn_unmatched", "uprn_coverage", "linked_records", "unlinked_records",
                        "linked_share"));
        for (DatasetMeasures d : r.datasets()) {
            t.rows.add(new Object[] {d.source(), d.records(), d.residents(), d.duplicateRecords(), d.duplicateRate(),
                d.uprnGiven(), d.uprnMatched(), d.uprnUnmatched(), d.uprnCoverage(), d.linkedToOther(),
                d.records() - d.linkedToOther(), d.linkedShare()});
            int i = t.rows.size() - 1;
            t.sums.add(group(i, t.col("records"), t.col("residents"), t.col("duplicate_records")));
            t.sums.add(group(i, t.col("records"), t.col("uprn_given"), t.col("uprn_matched"), t.col("uprn_unmatched")));
            t.sums.add(group(i, t.col("records"), t.col("linked_records"), t.col("unlinked_records")));
        }
        t.shareOf.put(t.col("duplicate_rate"), t.col("duplicate_records"));
        t.shareOf.put(t.col("uprn_coverage"), t.col("uprn_unmatched"));
        t.shareOf.put(t.col("linked_share"), t.col("linked_records"));
        // the column totals over datasets are published in services.csv (records, residents): no cross-row group
        return t;
    }

    private static Table services(Report r) {
        Table t = new Table("services", "Residents by the number of services that know them",
                List.of("services", "residents"));
        var by = r.overlap().residentsByServices();
        t.rows.add(new Object[] {"all", r.overlap().uniqueResidents()});
        // labels in words, so no label cell reads as a small count
        by.forEach((k, v) -> t.rows.add(new Object[] {k.equals("1") ? "one service" : k.equals("2") ? "two services"
                : "three or more services", v}));
        t.sums.add(new int[][] {{0, 1}, {1, 1}, {2, 1}, {3, 1}});
        return t;
    }

    private static Table findings(Report r) {
        Table t = new Table("findings", "Records examined and flagged by each finding (counts only)",
                List.of("finding", "dataset", "dataset_records", "examined", "not_examined", "flagged",
                        "not_flagged", "flagged_share"));
        for (InsightView i : r.insights()) {
            t.rows.add(new Object[] {i.id(), i.source(), i.sourceRecords(), i.examined(), i.base().notExamined(),
                i.flagged(), i.examined() - i.flagged(), i.examined() == 0 ? 0.0
                    : Math.round(10_000.0 * i.flagged() / i.examined()) / 10_000.0});
            int row = t.rows.size() - 1;
            t.sums.add(group(row, t.col("dataset_records"), t.col("examined"), t.col("not_examined")));
            t.sums.add(group(row, t.col("examined"), t.col("flagged"), t.col("not_flagged")));
        }
        t.shareOf.put(t.col("flagged_share"), t.col("flagged"));
        return t;
    }

    private static Table maturity(Report r) {
        Table t = new Table("maturity", "Wales Audit Office maturity level measured from the records",
                List.of("characteristic", "level"));
        for (MaturityAssessment a : r.maturity()) {
            t.rows.add(new Object[] {a.id(), (Object) ("Level " + a.level())});
        }
        return t;
    }

    private static ObjectNode metadata(ObjectMapper json, List<Table> tables) {
        ObjectNode meta = json.createObjectNode();
        meta.put("@context", "http://www.w3.org/ns/csvw");
        meta.put("dc:title", "Resident index: aggregate duplication and integration figures");
        meta.put("dc:description", "Aggregate figures from a resident-index link run. Counts from 1 to 9 are"
                + " suppressed as '" + SUPPRESSED + "'; cells hidden so that totals cannot reveal them (secondary"
                + " suppression) show '" + CONFIDENTIAL + "'.");
        ArrayNode list = meta.putArray("tables");
        for (Table t : tables) {
            ObjectNode table = list.addObject();
            table.put("url", t.name + ".csv");
            table.put("dc:description", t.description);
            ObjectNode schema = table.putObject("tableSchema");
            ArrayNode cols = schema.putArray("columns");
            for (int c = 0; c < t.columns.size(); c++) {
                ObjectNode col = cols.addObject();
                String name = t.columns.get(c);
                col.put("name", name);
                col.put("titles", name);
                Object sample = t.rows.isEmpty() ? "" : t.rows.get(0)[c];
                col.put("datatype", sample instanceof Long ? "nonNegativeInteger" : sample instanceof Double
                        ? "decimal" : "string");
                if (sample instanceof Number) {
                    col.putArray("null").add(SUPPRESSED).add(CONFIDENTIAL);
                }
                col.put("dc:description", DESCRIPTIONS.getOrDefault(name, name.replace('_', ' ')));
            }
            schema.putArray("primaryKey").add(t.columns.get(0));
        }
        return meta;
    }

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("dataset", "the service dataset"),
            Map.entry("records", "records accepted from the dataset"),
            Map.entry("residents", "distinct residents (people) among the records"),
            Map.entry("duplicate_records", "records repeating a resident already held in the same dataset"),
            Map.entry("duplicate_rate", "duplicate_records / records"),
            Map.entry("uprn_given", "records that carried a UPRN known to the gazetteer"),
            Map.entry("uprn_matched", "records matched to a UPRN through the gazetteer"),
            Map.entry("uprn_unmatched", "records left without a UPRN"),
            Map.entry("uprn_coverage", "(uprn_given + uprn_matched) / records"),
            Map.entry("linked_records", "records whose resident is also known to another service"),
            Map.entry("unlinked_records", "records whose resident is known to this service only"),
            Map.entry("linked_share", "linked_records / records"),
            Map.entry("services", "how many services know the resident (one, two, three or more, or all residents)"),
            Map.entry("finding", "the finding (electoral validation, possible subletting, ...)"),
            Map.entry("dataset_records", "records of the dataset the finding examines"),
            Map.entry("examined", "records examined"),
            Map.entry("not_examined", "records not examined (address not placeable, or absent from an extract)"),
            Map.entry("flagged", "records flagged"),
            Map.entry("not_flagged", "records examined and not flagged"),
            Map.entry("flagged_share", "flagged / examined"),
            Map.entry("characteristic", "Wales Audit Office key characteristic"),
            Map.entry("level", "maturity level (Level 1, Level 2 or Level 3) measured from the records"));
}
