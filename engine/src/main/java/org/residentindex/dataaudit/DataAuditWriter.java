package org.residentindex.dataaudit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;

/**
 * Writes a {@link DataAudit} into a folder: {@code register.html} and {@code register.cy.html} (English and Welsh,
 * self-contained, see {@link RegisterHtml}), {@code register.json} (everything), {@code register.csv} (one row per
 * dataset and item or other column), {@code datasets.csv}, {@code collection.csv}, {@code standard.csv},
 * {@code standard.md} and {@code standard.cy.md} (the proposed standard a council can adopt), and, when a dataset
 * lacks an owner, purpose or lawful basis, {@code register-template.yaml} to fill in. Only counts and shares are
 * written. Lines end with {@code \n}, text is UTF-8, so the same audit gives byte-identical files.
 */
public final class DataAuditWriter {

    /** The template file written when governance details are missing. */
    public static final String TEMPLATE = "register-template.yaml";

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** Writes every file; returns the paths written, HTML first. */
    public List<Path> write(DataAudit audit, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            written.add(text(dir.resolve("register.html"), new RegisterHtml(Messages.of("en")).render(audit)));
            written.add(text(dir.resolve("register.cy.html"), new RegisterHtml(Messages.of("cy")).render(audit)));
            written.add(text(dir.resolve("register.json"), json(audit)));
            written.add(text(dir.resolve("register.csv"), registerCsv(audit)));
            written.add(text(dir.resolve("datasets.csv"), datasetsCsv(audit)));
            written.add(text(dir.resolve("collection.csv"), collectionCsv(audit)));
            written.add(text(dir.resolve("standard.csv"), standardCsv(audit)));
            written.add(text(dir.resolve("standard.md"), StandardMarkdown.render(audit, Messages.of("en"))));
            written.add(text(dir.resolve("standard.cy.md"), StandardMarkdown.render(audit, Messages.of("cy"))));
            if (!audit.missingGovernance().isEmpty()) {
                written.add(text(dir.resolve(TEMPLATE), template(audit)));
            }
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write the data audit into " + dir + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        return written;
    }

    private static Path text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static String json(DataAudit audit) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().writer(pretty).writeValueAsString(audit) + "\n";
    }

    private static String registerCsv(DataAudit audit) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSV)) {
            p.printRecord("source", "item", "columns", "category", "special_categories", "present", "completeness",
                    "valid", "validity", "check");
            for (DatasetEntry d : audit.datasets()) {
                for (ItemQuality i : d.items()) {
                    p.printRecord(d.source(), i.item().key(), String.join(";", i.columns()), "personal", "",
                            i.present(), i.completeness(), i.valid() < 0 ? "" : i.valid(),
                            i.validity() == null ? "" : i.validity(), i.check() == null ? "" : i.check());
                }
                for (OtherColumn o : d.otherColumns()) {
                    p.printRecord(d.source(), "(other)", o.column(),
                            o.specialCategories().isEmpty() ? "" : "special_category",
                            String.join(";", o.specialCategories()), o.present(), o.completeness(), "", "",
                            o.dateColumn() ? "date" : "");
                }
            }
        }
        return out.toString();
    }

    private static String datasetsCsv(DataAudit audit) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSV)) {
            p.printRecord("source", "file", "owner", "purpose", "lawful_basis", "records", "rejected", "keys",
                    "date_ranges", "special_categories");
            for (DatasetEntry d : audit.datasets()) {
                p.printRecord(d.source(), d.file(), nz(d.owner()), nz(d.purpose()), nz(d.lawfulBasis()), d.records(),
                        d.rejected(),
                        d.keys().stream().map(k -> k.kind() + ":" + k.column() + ":" + k.coverage())
                                .collect(Collectors.joining(";")),
                        d.dateRanges().stream().map(r -> r.column() + ":" + r.from() + ".." + r.to())
                                .collect(Collectors.joining(";")),
                        String.join(";", d.specialCategories()));
            }
        }
        return out.toString();
    }

    private static String collectionCsv(DataAudit audit) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSV)) {
            p.printRecord("item", "services", "service_count", "residents", "holding", "in_1", "in_2", "in_3_plus",
                    "share_3_plus", "compared", "disagreeing", "disagreement_rate");
            for (Collection c : audit.collection()) {
                p.printRecord(c.item().key(), String.join(";", c.services()), c.services().size(), c.residents(),
                        c.holding(), c.inOne(), c.inTwo(), c.inThreeOrMore(), c.shareThreeOrMore(),
                        c.compared() < 0 ? "" : c.compared(), c.disagreeing() < 0 ? "" : c.disagreeing(),
                        c.disagreementRate() == null ? "" : c.disagreementRate());
            }
        }
        return out.toString();
    }

    private static String standardCsv(DataAudit audit) throws IOException {
        Messages en = Messages.of("en");
        List<String> sources = audit.datasets().stream().map(DatasetEntry::source).toList();
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>(List.of("core_item", "proposed_format", "proposed_format_words",
                    "datasets_using_it", "datasets_holding_item", "tie", "validation_rule"));
            for (String s : sources) {
                header.add(s + "_format");
                header.add(s + "_conformance");
            }
            p.printRecord(header);
            for (StandardRow r : audit.standard()) {
                List<Object> row = new ArrayList<>(List.of(r.item().key(), r.format(), en.formatName(r.format()),
                        r.votes(), r.voters(), r.tie(), en.get("rule." + r.item().key())));
                for (String s : sources) {
                    row.add(nz(r.datasetFormats().get(s)));
                    Double c = r.conformance().get(s);
                    row.add(c == null ? "" : c);
                }
                p.printRecord(row);
            }
        }
        return out.toString();
    }

    /** A YAML fragment per source lacking governance details, to copy into link.yaml's sources. */
    static String template(DataAudit audit) {
        StringBuilder y = new StringBuilder();
        y.append("# Information-asset register: fill in each source's owner, purpose and lawful basis, then copy\n")
                .append("# these three keys into the matching source of link.yaml (beside its name and path).\n")
                .append("# lawful_basis: e.g. \"UK GDPR Article 6(1)(e) public task\"; for special-category data add\n")
                .append("# the Article 9 condition, e.g. \"Article 9(2)(h) health or social care\".\n")
                .append("sources:\n");
        for (DatasetEntry d : audit.datasets()) {
            if (d.governanceComplete()) {
                continue;
            }
            y.append("  - name: ").append(d.source()).append('\n');
            y.append("    owner: ").append(quoted(d.owner())).append('\n');
            y.append("    purpose: ").append(quoted(d.purpose())).append('\n');
            y.append("    lawful_basis: ").append(quoted(d.lawfulBasis()));
            if (!d.specialCategories().isEmpty()) {
                y.append("   # special-category data found: ").append(String.join(", ", d.specialCategories()));
            }
            y.append('\n');
        }
        return y.toString();
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return "\"" + nz(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
