package org.residentindex.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.Cause;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.ServiceOverlap;
import org.residentindex.insight.survey.SurveySummary;

/**
 * The report's tables as CSV files in {@code csv/} (UTF-8, comma, {@code \n}), for a spreadsheet or a
 * drill-down: {@code datasets.csv}, {@code maturity.csv}, {@code causes.csv}, {@code overlap.csv},
 * {@code services.csv}, {@code model.csv}, {@code insights.csv}, one {@code flags_<insight>.csv} per finding
 * with every flag (personal data as the report shows it: masked unless {@code --show-personal-data}), and
 * {@code trend_*.csv} / {@code survey_*.csv} when those sections exist. Shares are fractions (0–1) with four
 * decimals; the same report gives byte-identical files.
 */
public final class CsvExports {

    private CsvExports() {
    }

    /** Writes every table of {@code r} into {@code dir} (created when absent). */
    public static void write(Report r, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        datasets(r, dir.resolve("datasets.csv"));
        maturity(r, dir);
        overlap(r.overlap(), dir);
        model(r.model(), dir.resolve("model.csv"));
        insights(r, dir);
        if (r.trend() != null) {
            trend(r.trend(), dir);
        }
        if (r.survey() != null) {
            survey(r.survey(), dir);
        }
    }

    static String share(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    interface Rows {
        void print(CSVPrinter p) throws IOException;
    }

    static void csv(Path file, List<String> header, Rows rows) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            rows.print(p);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void datasets(Report r, Path file) {
        csv(file, List.of("dataset", "records", "rejected", "residents", "duplicate_records", "duplicate_rate",
                "uprn_given", "uprn_matched", "uprn_unmatched", "uprn_coverage", "postcode_completeness",
                "postcode_validity", "dob_completeness", "dob_validity", "name_validity",
                "residents_conflicting_dob", "residents_multiple_properties", "linked_records", "linked_share"), p -> {
            for (DatasetMeasures d : r.datasets()) {
                p.printRecord(d.source(), d.records(), d.rejected(), d.residents(), d.duplicateRecords(),
                        share(d.duplicateRate()), d.uprnGiven(), d.uprnMatched(), d.uprnUnmatched(),
                        share(d.uprnCoverage()), share(d.fields().get(0).completeness()),
                        share(d.fields().get(0).validity()), share(d.fields().get(1).completeness()),
                        share(d.fields().get(1).validity()), share(d.fields().get(2).validity()), d.conflictingDob(),
                        d.multipleProperties(), d.linkedToOther(), share(d.linkedShare()));
            }
        });
    }

    private static void maturity(Report r, Path dir) {
        csv(dir.resolve("maturity.csv"), List.of("characteristic", "level", "reason", "next_level", "rule"), p -> {
            for (MaturityAssessment a : r.maturity()) {
                p.printRecord(a.id(), a.level(), a.reason(), a.nextLevel(), a.rule());
            }
        });
        csv(dir.resolve("causes.csv"), List.of("characteristic", "level_not_reached", "measure", "value",
                "threshold", "condition", "dataset", "dataset_value", "records_to_change"), p -> {
            for (MaturityAssessment a : r.maturity()) {
                for (Cause c : a.causes()) {
                    String cond = c.atLeast() ? ">=" : "<=";
                    if (c.datasets().isEmpty()) {
                        p.printRecord(a.id(), c.level(), c.measure(), share(c.value()), share(c.threshold()), cond,
                                "", "", "");
                    }
                    for (Cause.DatasetFigure d : c.datasets()) {
                        p.printRecord(a.id(), c.level(), c.measure(), share(c.value()), share(c.threshold()), cond,
                                d.dataset(), share(d.value()), d.toFix());
                    }
                }
            }
        });
    }

    private static void overlap(ServiceOverlap o, Path dir) {
        List<String> header = new ArrayList<>(List.of("dataset"));
        header.addAll(o.sources());
        csv(dir.resolve("overlap.csv"), header, p -> {
            for (int i = 0; i < o.sources().size(); i++) {
                List<Object> row = new ArrayList<>(List.of(o.sources().get(i)));
                row.addAll(o.matrix().get(i));
                p.printRecord(row);
            }
        });
        csv(dir.resolve("services.csv"), List.of("services", "residents"), p -> {
            for (var e : o.residentsByServices().entrySet()) {
                p.printRecord(e.getKey(), e.getValue());
            }
            p.printRecord("all", o.uniqueResidents());
        });
    }

    private static void model(ModelSection m, Path file) {
        csv(file, List.of("field", "level", "m", "u", "weight"), p -> {
            for (ModelSection.FieldLevels f : m.fields()) {
                for (ModelSection.Level l : f.levels()) {
                    p.printRecord(f.field(), l.label(), l.m(), l.u(), l.weight());
                }
            }
        });
    }

    private static void insights(Report r, Path dir) {
        csv(dir.resolve("insights.csv"), List.of("insight", "dataset", "dataset_records", "examined", "not_examined",
                "flagged", "unit", "units_examined", "units_flagged", "headline_share", "precision_vs_planted",
                "recall_vs_planted"), p -> {
            for (InsightView i : r.insights()) {
                p.printRecord(i.id(), i.source(), i.sourceRecords(), i.examined(), i.base().notExamined(), i.flagged(),
                        i.base().unit() == null ? "records" : i.base().unit(),
                        i.base().unit() == null ? i.examined() : i.base().unitsExamined(),
                        i.base().unit() == null ? i.flagged() : i.base().unitsFlagged(), share(i.headlineValue()),
                        i.score() == null ? "" : share(i.score().precision()),
                        i.score() == null ? "" : share(i.score().recall()));
            }
        });
        for (InsightView i : r.insights()) {
            csv(dir.resolve("flags_" + i.id() + ".csv"), List.of("dataset", "record_id", "person", "area",
                    "evidence"), p -> {
                for (InsightView.FlagView f : i.flags()) {
                    p.printRecord(f.source(), f.recordId(), f.person(), f.area(), String.join("; ", f.evidence()));
                }
            });
        }
    }

    private static void trend(Trend t, Path dir) {
        csv(dir.resolve("trend_measures.csv"), List.of("measure", "dataset", "baseline", "this_run", "change"), p -> {
            for (Trend.Change c : t.measures()) {
                p.printRecord(c.measure(), c.dataset(), number(c.before()), number(c.after()), number(c.change()));
            }
        });
        csv(dir.resolve("trend_levels.csv"), List.of("characteristic", "baseline", "this_run"), p -> {
            for (Trend.LevelChange l : t.levels()) {
                p.printRecord(l.id(), l.before(), l.after());
            }
        });
        Trend.ResidentChanges c = t.residents();
        csv(dir.resolve("trend_residents.csv"), List.of("measure", "count"), p -> {
            p.printRecord("residents_baseline", c.before());
            p.printRecord("residents_this_run", c.after());
            p.printRecord("continuing", c.continuing());
            p.printRecord("new", c.newResidents());
            p.printRecord("merged", c.merged());
            p.printRecord("split", c.split());
            p.printRecord("gone", c.gone());
            p.printRecord("records_kept", c.recordsKept());
            p.printRecord("records_added", c.recordsAdded());
            p.printRecord("records_removed", c.recordsRemoved());
        });
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) > 1 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void survey(SurveySummary s, Path dir) {
        csv(dir.resolve("survey_rates.csv"), List.of("recipients", "invited", "responded", "percent"), p -> {
            for (SurveySummary.Rate r : s.rates()) {
                p.printRecord(r.role() == null ? "total" : r.role().id(), r.invited(), r.responded(), r.percent());
            }
        });
        csv(dir.resolve("survey_answers.csv"), List.of("characteristic", "role", "level_1", "level_2", "level_3",
                "median", "measured"), p -> {
            for (SurveySummary.CharacteristicAnswers c : s.characteristics()) {
                p.printRecord(c.id(), "officer", c.officers().get(0), c.officers().get(1), c.officers().get(2),
                        c.perceivedOfficers(), c.measured());
                p.printRecord(c.id(), "member", c.members().get(0), c.members().get(1), c.members().get(2),
                        c.perceivedMembers(), c.measured());
            }
        });
    }
}
