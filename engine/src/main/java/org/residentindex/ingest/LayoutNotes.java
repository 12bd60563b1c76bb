package org.residentindex.ingest;

import java.util.List;
import org.residentindex.ingest.config.SourceConfig;

/** The notes a reader adds about where the table was found in a file. */
final class LayoutNotes {

    private LayoutNotes() {
    }

    /** A note when title rows above the header were skipped. */
    static List<MappingWarning> titleRows(SourceConfig config, int titleRows, long headerLine) {
        if (titleRows == 0) {
            return List.of();
        }
        String how = config.skipRows() == null ? "detected" : "skipped as asked (skip_rows " + config.skipRows() + ")";
        return List.of(MappingWarning.note(MappingWarning.Code.LAYOUT, "source '" + config.name() + "': " + titleRows
                + " title row" + (titleRows == 1 ? "" : "s") + " above the header " + how + "; the header is line "
                + headerLine));
    }
}
