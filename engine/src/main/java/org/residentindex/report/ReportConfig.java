package org.residentindex.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.insight.InsightSources;
import org.residentindex.insight.MaturityThresholds;

/**
 * What the report takes from {@code link.yaml}: the sources and gazetteer (through the ingest
 * {@link LinkConfigReader}), the {@code maturity:} thresholds and the {@code insights:} source roles.
 * Until {@link LinkConfig} carries {@code maturity}/{@code insights} itself, those two sections are read here
 * and removed before the rest is bound with the same strictness (unknown keys are errors).
 *
 * @param link     sources and gazetteer, paths resolved against the yaml's folder
 * @param maturity maturity thresholds (defaults when the section is absent)
 * @param insights which dataset plays which role in the insights (defaults when absent)
 */
public record ReportConfig(LinkConfig link, MaturityThresholds maturity, InsightSources insights) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Defaults with no sources. */
    public static ReportConfig defaults() {
        return new ReportConfig(new LinkConfig(List.of(), null), MaturityThresholds.defaults(),
                InsightSources.defaults());
    }

    /** Reads {@code yaml}. */
    public static ReportConfig read(Path yaml) {
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(yaml, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read config file " + yaml + ": " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ResidentIndexException(yaml + ": the config file is empty");
        }
        boolean ownSections = root.has("maturity") || root.has("insights");
        MaturityThresholds maturity = bind(yaml, root.remove("maturity"), MaturityThresholds.class,
                MaturityThresholds.defaults());
        InsightSources insights = bind(yaml, root.remove("insights"), InsightSources.class,
                InsightSources.defaults());
        LinkConfig link;
        if (!ownSections) {
            link = new LinkConfigReader().read(yaml);
        } else {
            link = resolve(yaml, bind(yaml, root, LinkConfig.class, null));
        }
        return new ReportConfig(link, maturity, insights);
    }

    private static <T> T bind(Path yaml, JsonNode node, Class<T> type, T fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        try {
            return YAML.treeToValue(node, type);
        } catch (IOException e) {
            throw new ResidentIndexException(yaml + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static LinkConfig resolve(Path yaml, LinkConfig raw) {
        Path base = yaml.toAbsolutePath().getParent();
        List<SourceConfig> sources = new ArrayList<>();
        for (SourceConfig s : raw.sources()) {
            if (s.path() == null) {
                throw new ResidentIndexException(yaml + ": a source has no 'path'");
            }
            sources.add(s.withPath(base.resolve(s.path()).normalize()));
        }
        return new LinkConfig(sources, raw.gazetteer() == null ? null : base.resolve(raw.gazetteer()).normalize());
    }
}
