package org.residentindex.cluster;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;

/**
 * Reads and writes {@code entities.csv}: header {@code source,record_id,entity_id}, one row per record. Reading
 * ignores extra columns (so a truth file with {@code household_id,uprn} reads the same way) and rejects a record
 * listed twice. Writing sorts rows by record key and ends lines with {@code \n}, so output is byte-identical for
 * the same assignment.
 */
public final class EntityFile {

    /** The required columns. */
    public static final List<String> COLUMNS = List.of("source", "record_id", "entity_id");

    private EntityFile() {
    }

    /** Record key → entity id, in file order. */
    public static Map<RecordKey, String> read(Path file) {
        Map<RecordKey, String> entities = new LinkedHashMap<>();
        Map<RecordKey, Long> firstLine = new java.util.HashMap<>();
        CsvInput.read(file, COLUMNS, row -> {
            RecordKey key = new RecordKey(row.required("source"), row.required("record_id"));
            String entity = row.required("entity_id");
            Long earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                throw row.problem("record_id", "repeats the record of line " + earlier + "; each record appears once");
            }
            entities.put(key, entity);
        });
        return entities;
    }

    /** Writes the assignment sorted by record key. */
    public static void write(Path file, Map<RecordKey, String> entities) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(COLUMNS);
            @SuppressWarnings("unchecked")
            Map.Entry<RecordKey, String>[] rows = entities.entrySet().toArray(new Map.Entry[0]);
            // keys are distinct, so this is the TreeMap order without a tree of a million nodes
            Arrays.sort(rows, Map.Entry.comparingByKey());
            for (Map.Entry<RecordKey, String> e : rows) {
                printer.printRecord(e.getKey().source(), e.getKey().recordId(), e.getValue());
            }
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
