package org.residentindex.gazetteer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes matched rows as a GeoJSON FeatureCollection of points, streaming. Each feature carries the row
 * number of the input (1 = first data row), the UPRN, status, score and address status: no address text and
 * nothing else from the row. Coordinates are the gazetteer's: longitude/latitude when it holds them
 * (AddressBase), else British National Grid metres, declared with a {@code crs} member (EPSG:27700, which
 * QGIS and ArcGIS read); the CRS is decided by the first feature and rows in another CRS are left out.
 */
final class GeoJsonWriter implements AutoCloseable {

    private final JsonGenerator json;
    private Boolean geographic;
    private long count;

    GeoJsonWriter(Path file) throws IOException {
        json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
    }

    void feature(long row, AddressMatch m, GazetteerProperty p) {
        try {
            if (geographic == null) {
                geographic = p.geographic();
                if (!geographic) {
                    json.writeObjectFieldStart("crs");
                    json.writeStringField("type", "name");
                    json.writeObjectFieldStart("properties");
                    json.writeStringField("name", "urn:ogc:def:crs:EPSG::27700");
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeArrayFieldStart("features");
            }
            if (geographic != p.geographic()) {
                return;
            }
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(p.x());
            json.writeNumber(p.y());
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeNumberField("row", row);
            json.writeStringField("uprn", Long.toString(m.uprn()));
            json.writeStringField("status", m.status().key());
            json.writeNumberField("score", Math.round(m.score() * 1000) / 1000.0);
            if (m.addressStatus() != null) {
                json.writeStringField("address_status", m.addressStatus().key());
            }
            json.writeEndObject();
            json.writeEndObject();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (geographic == null) {
            json.writeArrayFieldStart("features");
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
