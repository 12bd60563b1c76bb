package org.residentindex.report;

import java.nio.file.Path;
import java.util.List;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.insight.InsightSources;
import org.residentindex.insight.MaturityThresholds;

/**
 * What the report takes from {@code link.yaml}: the sources and gazetteer, the {@code maturity:} thresholds and
 * the {@code insights:} source roles, all read by the one strict {@link LinkConfigReader} (unknown keys are
 * errors naming the key and line).
 *
 * @param link     sources and gazetteer, paths resolved against the yaml's folder
 * @param maturity maturity thresholds (defaults when the section is absent)
 * @param insights which dataset plays which role in the insights (defaults when absent)
 */
public record ReportConfig(LinkConfig link, MaturityThresholds maturity, InsightSources insights) {

    /** Defaults with no sources. */
    public static ReportConfig defaults() {
        return of(new LinkConfig(List.of(), null));
    }

    /** Reads {@code yaml}. */
    public static ReportConfig read(Path yaml) {
        return of(new LinkConfigReader().read(yaml));
    }

    private static ReportConfig of(LinkConfig link) {
        return new ReportConfig(link, link.maturity(), link.insights());
    }
}
