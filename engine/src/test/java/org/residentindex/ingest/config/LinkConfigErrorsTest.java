package org.residentindex.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

/** Config mistakes a council officer makes: each a clear error naming the file, the line and the key. */
class LinkConfigErrorsTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("link.yaml"), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void read_duplicateKey_errorNamesKeyAndLine() throws IOException {
        Path f = write("sources:\n  - path: a.csv\n    id: ref\n    id: account\n");
        assertThatThrownBy(() -> new LinkConfigReader().read(f)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("link.yaml").hasMessageContaining("key 'id' appears twice at line 4");
    }

    @Test
    void read_dateFormatWithMinutes_errorSaysUseMM() throws IOException {
        Path f = write("sources:\n  - path: a.csv\n  - path: b.csv\n    date_format: dd/mm/yyyy\n");
        assertThatThrownBy(() -> new LinkConfigReader().read(f)).hasMessageContaining("link.yaml line 4")
                .hasMessageContaining("sources[1].date_format 'dd/mm/yyyy'").hasMessageContaining("'M'");
    }

    @Test
    void read_dateFormatNotAPattern_error() throws IOException {
        Path f = write("sources:\n  - path: a.csv\n    date_format: \"dd/MM/yyyy {\"\n");
        assertThatThrownBy(() -> new LinkConfigReader().read(f)).hasMessageContaining("line 3")
                .hasMessageContaining("not a valid date pattern");
        assertThat(LinkConfigReader.dateFormatProblem("d-MMM-yy")).isNull();
        assertThat(LinkConfigReader.dateFormatProblem("MM/yyyy")).contains("day");
    }

    @Test
    void read_unknownMappingField_suggestsNearestAndListsValid() throws IOException {
        Path f = write("sources:\n  - path: a.csv\n    mapping:\n      name: Tenant Name\n");
        assertThatThrownBy(() -> new LinkConfigReader().read(f)).hasMessageContaining("line 4")
                .hasMessageContaining("did you mean 'full_name'").hasMessageContaining("Valid fields: record_id");
    }

    @Test
    void read_skipRowsAndSheet_bound() throws IOException {
        Path f = write("sources:\n  - path: t.xlsx\n    skip_rows: 2\n    sheet: Tenants\n");
        SourceConfig s = new LinkConfigReader().read(f).sources().get(0);
        assertThat(s.skipRows()).isEqualTo(2);
        assertThat(s.sheet()).isEqualTo("Tenants");
    }
}
