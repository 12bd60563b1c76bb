package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.dataaudit.Collection;
import org.residentindex.dataaudit.DataAudit;
import org.residentindex.dataaudit.DataAuditWriter;
import org.residentindex.dataaudit.DataAuditor;
import org.residentindex.dataaudit.DatasetEntry;
import org.residentindex.dataaudit.StandardRow;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix data-audit --config link.yaml [--run DIR] --out DIR}: the information-asset register, collected how
 * many times (with a link run) and the proposed corporate data standard, as HTML (English and Welsh), CSV, JSON and
 * Markdown. Prints a short summary; holds no audit logic.
 */
@Command(
        name = "data-audit",
        mixinStandardHelpOptions = true,
        description = "Write the information-asset register of the sources in link.yaml (owner, purpose, items"
                + " held, personal and special-category data, completeness, validity, keys, date range), how many"
                + " services collect each item for the same residents (with --run) and a proposed corporate data"
                + " standard with each dataset's conformance. Counts and shares only, no personal data.")
public final class DataAuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--config", required = true, paramLabel = "link.yaml",
            description = "The sources, with optional owner:, purpose: and lawful_basis: keys per source.")
    Path config;

    @Option(names = "--run", paramLabel = "DIR",
            description = "A link run's output directory (its entities.csv): count collection across services.")
    Path run;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the audit.")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Reference date for dates in the future (default: the run's start date, else today UTC).")
    LocalDate asOf;

    @Override
    public Integer call() {
        LinkConfig link = new LinkConfigReader().read(config);
        LocalDate reference = asOf != null ? asOf
                : (run == null ? java.util.Optional.<LocalDate>empty() : DataAuditor.runStarted(run))
                        .orElse(LocalDate.now(ZoneOffset.UTC));
        DataAudit audit = new DataAuditor().audit(link, run, reference);
        List<Path> files = new DataAuditWriter().write(audit, out);
        PrintWriter w = spec.commandLine().getOut();
        for (DatasetEntry d : audit.datasets()) {
            w.printf(Locale.ROOT, "%-24s %,9d records  %2d items  %s%n", d.source(), d.records(), d.items().size(),
                    d.specialCategories().isEmpty() ? "" : "special category: " + String.join(", ",
                            d.specialCategories()));
        }
        for (Collection c : audit.collection()) {
            w.printf(Locale.ROOT, "%-14s held by %d services; %5.1f%% of residents holding it have it in 3+%s%n",
                    c.item().key(), c.services().size(), 100 * c.shareThreeOrMore(),
                    c.disagreementRate() == null ? ""
                            : String.format(Locale.ROOT, "; they disagree for %.1f%%", 100 * c.disagreementRate()));
        }
        for (StandardRow r : audit.standard()) {
            w.printf(Locale.ROOT, "standard %-22s %s (%d of %d datasets)%s%n", r.item().key(), r.format(), r.votes(),
                    r.voters(), r.tie() ? " - tie, choose" : "");
        }
        if (audit.notInRun() > 0) {
            w.println(audit.notInRun() + " records are not in the run's entities.csv; each counts as its own resident");
        }
        if (!audit.missingGovernance().isEmpty()) {
            w.println("Owner/purpose/lawful basis missing for " + audit.missingGovernance().size()
                    + " datasets: fill in " + out.resolve(DataAuditWriter.TEMPLATE));
        }
        w.println("Wrote " + files.get(0) + " and " + (files.size() - 1) + " more files in " + out);
        w.flush();
        return Rix.OK;
    }
}
