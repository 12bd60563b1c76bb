package org.residentindex.cluster;

import java.util.Objects;

/**
 * A reviewer's verdict on a pair of records, from {@code decisions.csv}: {@code match} makes them must-link,
 * {@code non-match} cannot-link, on every later run. Reviewer, date and note are provenance (may be null).
 */
public record Decision(RecordKey left, RecordKey right, Verdict verdict, String reviewer, String date, String note) {

    /** The two possible verdicts, spelt as in the file. */
    public enum Verdict {
        MATCH("match"), NON_MATCH("non-match");

        private final String spelling;

        Verdict(String spelling) {
            this.spelling = spelling;
        }

        /** How the verdict is written in {@code decisions.csv}. */
        public String spelling() {
            return spelling;
        }
    }

    public Decision {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(verdict, "verdict");
    }
}
