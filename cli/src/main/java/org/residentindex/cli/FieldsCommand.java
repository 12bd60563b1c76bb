package org.residentindex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.ingest.FieldCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rix fields}: the canonical fields a column can be mapped to, with example headers. */
@Command(name = "fields", mixinStandardHelpOptions = true,
        description = "List the canonical fields (for --map FIELD=COLUMN and link.yaml 'mapping:'), what each holds"
                + " and headers recognised as it.")
public final class FieldsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print a Markdown table (as in the README).")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.println("| field | holds | headers recognised as it (examples) |");
            out.println("| --- | --- | --- |");
        }
        for (FieldCatalogue.Entry e : FieldCatalogue.all()) {
            if (markdown) {
                out.printf(Locale.ROOT, "| `%s` | %s | %s |%n", e.key(), e.description(), e.examples());
            } else {
                out.printf(Locale.ROOT, "%-14s %s%n%-14s   e.g. %s%n", e.key(), e.description(), "", e.examples());
            }
        }
        out.flush();
        return Rix.OK;
    }
}
