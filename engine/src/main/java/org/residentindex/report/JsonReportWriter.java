package org.residentindex.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.residentindex.ResidentIndexException;

/** Renders a {@link Report} as indented JSON ({@code report.json}); the record is the schema. */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON text, ending with a newline. */
    public String render(Report report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new ResidentIndexException("cannot render report as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
