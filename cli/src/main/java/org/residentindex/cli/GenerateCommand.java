package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.fixtures.DuplicateRates;
import org.residentindex.fixtures.ErrorRates;
import org.residentindex.fixtures.GenerationSummary;
import org.residentindex.fixtures.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix generate}: writes a seeded synthetic Welsh county (gazetteer, six service datasets, truth, scenarios,
 * link.yaml) through {@link CountyGenerator}, then prints the files, their record counts and the time taken.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a seeded, realistic synthetic Welsh county: gazetteer, six council datasets with "
                + "realistic errors and duplicates, truth.csv, scenarios.csv and link.yaml.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--out", required = true, description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--residents", defaultValue = "20000", description = "Number of residents (default: ${DEFAULT-VALUE}).")
    int residents;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--snapshots", defaultValue = "1",
            description = "1, or 2 to write a second dated extract into OUT/snapshot2 (default: ${DEFAULT-VALUE}).")
    int snapshots;

    @Option(names = "--profile", defaultValue = "standard",
            description = "standard (default), or dirty: 10-25%% missing per field, titles, initials and nicknames in "
                    + "name fields, swapped names, full names in one column in some datasets, more date-of-birth and "
                    + "postcode errors, up to 15 records of one person in a dataset (fixtures/README.md).")
    String profile;

    @Option(names = "--typo-rate", description = "Typo rate per name field (default 0.02).")
    Double typoRate;

    @Option(names = "--missing-rate", description = "Blank postcode / date of birth / middle names rate (default 0.02).")
    Double missingRate;

    @Option(names = "--old-address-rate", description = "Rate at which movers are recorded at their old address (default 0.25).")
    Double oldAddressRate;

    @Option(names = "--duplicate-rate",
            description = "One within-dataset duplicate rate for every dataset (defaults differ per dataset, 0.01-0.06).")
    Double duplicateRate;

    @Override
    public Integer call() {
        org.residentindex.ingest.OutputPaths.checkFolder("--out", out, java.util.List.of(), java.util.List.of());
        Profile chosen;
        try {
            chosen = Profile.fromKey(profile);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
        ErrorRates errors = chosen.errors();
        if (typoRate != null) {
            errors = errors.withTypo(typoRate);
        }
        if (missingRate != null) {
            errors = errors.withMissingField(missingRate);
        }
        if (oldAddressRate != null) {
            errors = errors.withOldAddress(oldAddressRate);
        }
        DuplicateRates duplicates = duplicateRate == null ? chosen.duplicates()
                : DuplicateRates.all(duplicateRate);
        CountyGenerator generator = CountyGenerator.builder().profile(chosen).residents(residents).seed(seed)
                .snapshots(snapshots).errors(errors).duplicates(duplicates).build();
        long start = System.nanoTime();
        GenerationSummary summary = generator.generate(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(summary, seconds);
        return Rix.OK;
    }

    private void print(GenerationSummary summary, double seconds) {
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Generated %,d residents in %,d households on %,d properties into %s%n",
                summary.entities(), summary.households(), summary.properties(), summary.outDir());
        for (Map.Entry<String, Long> e : summary.recordsByFile().entrySet()) {
            w.printf(Locale.ROOT, "  %-36s %,12d%n", e.getKey(), e.getValue());
        }
        w.printf(Locale.ROOT, "  %-36s%n  %-36s%n", "link.yaml", "README.md");
        w.printf(Locale.ROOT, "Done in %.1f s (%,d dataset records).%n", seconds, summary.datasetRecords());
        w.flush();
    }
}
