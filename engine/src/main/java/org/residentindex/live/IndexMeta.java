package org.residentindex.live;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.residentindex.ResidentIndexException;
import org.residentindex.block.BlockingRule;

/**
 * {@code live.json}: what a live index was built from and how it blocks — the run, the gazetteer, the blocking rules
 * computed once from the run's records ({@code LinkDefaults.rules}) and the columns indexed for them.
 */
record IndexMeta(int schema, String run, String gazetteer, String built, List<Rule> rules, List<String> indexed,
        List<String> sources, java.util.Map<String, String> dateFormats) {

    static final String FILE = "live.json";
    static final int SCHEMA = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A blocking rule as stored. */
    record Rule(String name, List<String> columns, int cap) {
        static Rule of(BlockingRule r) {
            return new Rule(r.name(), r.columns(), r.maxBlockSize());
        }

        BlockingRule toRule() {
            return new BlockingRule(name, columns, cap);
        }
    }

    void write(Path folder) {
        try {
            Files.writeString(folder.resolve(FILE), JSON.writeValueAsString(this) + "\n",
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + folder.resolve(FILE) + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    static IndexMeta read(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.exists(f)) {
            throw new ResidentIndexException("No live index in " + folder + " (no " + FILE
                    + "); build one with rix index build --run RUN --index " + folder);
        }
        try {
            IndexMeta m = JSON.readValue(f.toFile(), IndexMeta.class);
            if (m.schema() != SCHEMA) {
                throw new ResidentIndexException(f + " has schema " + m.schema() + "; this rix reads " + SCHEMA);
            }
            return m;
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read " + f + ": " + e.getClass().getSimpleName(), e);
        }
    }

    static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE));
    }
}
