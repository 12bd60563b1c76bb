package org.residentindex.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.pprl.EncodeRun;
import org.residentindex.pprl.Schema;
import org.residentindex.pprl.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rix encode}: parses, calls {@link EncodeRun}, prints a summary. The secret comes from a file or an
 * environment variable only — there is deliberately no option that takes it on the command line.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Encode a source as keyed Bloom filters (CLKs) for privacy-preserving linkage: the output"
                + " holds record ids and encodings only. Link encodings with: rix link --encoded A.clk B.clk --out DIR.")
public final class EncodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The CSV source (read as rix link reads it).")
    Path file;

    @Option(names = "--schema", paramLabel = "schema.json",
            description = "The schema both partners use (write the default one with --write-schema).")
    Path schema;

    @Option(names = "--write-schema", paramLabel = "schema.json",
            description = "Write the default schema to this file and stop.")
    Path writeSchema;

    @Option(names = "--secret-file", paramLabel = "KEY",
            description = "File holding the shared secret (default: the environment variable "
                    + Secret.ENVIRONMENT_VARIABLE + ", or the one --secret-env names).")
    Path secretFile;

    @Option(names = "--secret-env", paramLabel = "NAME", defaultValue = Secret.ENVIRONMENT_VARIABLE,
            description = "Environment variable holding the secret when no --secret-file (default: ${DEFAULT-VALUE}).")
    String secretEnv;

    @Option(names = "--out", paramLabel = "FILE.clk", description = "The encoded file (rejects beside it).")
    Path out;

    @Option(names = "--config", paramLabel = "link.yaml",
            description = "Take the source's column mapping, id and date format from this config, as rix link does.")
    Path config;

    @Option(names = "--id", paramLabel = "COLUMN", description = "Record id column.")
    String id;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Override
    public Integer call() {
        if (writeSchema != null) {
            Schema.defaults().write(writeSchema);
            spec.commandLine().getOut().printf(Locale.ROOT, "schema         %s (default, no hardening)%n", writeSchema);
            spec.commandLine().getOut().flush();
            return Rix.OK;
        }
        if (file == null || schema == null || out == null) {
            throw new IllegalArgumentException("give FILE, --schema schema.json and --out FILE.clk");
        }
        Secret secret = secretFile != null ? Secret.fromFile(secretFile)
                : Secret.fromEnvironment(secretEnv, System::getenv);
        LinkConfig linkConfig = config == null ? null : new LinkConfigReader().read(config);
        SourceConfig source = linkConfig == null ? SourceConfig.of(file)
                : linkConfig.sourceFor(file).orElse(SourceConfig.of(file));
        if (id != null && source.id() == null) {
            source = source.withId(id);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        EncodeRun.Result r = new EncodeRun(Schema.read(schema), secret, n, null, LocalDate.now(ZoneOffset.UTC))
                .run(source, out);
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "records        %,d read, %,d encoded, %,d rejected (%s)%n", r.rowsRead(), r.encoded(),
                r.rejected(), r.rejects());
        o.printf(Locale.ROOT, "encoding       %d bits per record; %.2fs (%,.0f records/s)%n", r.bits(), r.nanos() / 1e9,
                r.encoded() / Math.max(1e-9, r.nanos() / 1e9));
        o.printf(Locale.ROOT, "output         %s (record ids and encodings only)%n", out);
        o.flush();
        return Rix.OK;
    }
}
