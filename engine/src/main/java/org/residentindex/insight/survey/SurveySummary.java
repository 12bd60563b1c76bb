package org.residentindex.insight.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.residentindex.insight.Characteristic;
import org.residentindex.insight.MaturityAssessment;

/**
 * What the data tool says: the response-rate table (as in the audit: number invited, responses received,
 * percentage responded, rounded to a whole percent, per role and in total), and per characteristic the
 * distribution of answers by role, the perceived level (the median answer, the lower one on a tie) and — for
 * the three characteristics the records measure — the measured level beside it.
 *
 * @param rates           per role, then the total row (role null)
 * @param characteristics all seven, in the WAO's order
 * @param comments        comments written (counted; their text is in {@link #commentText()} only when asked)
 * @param commentText     the comments, only when the caller asked to show them; else empty
 */
public record SurveySummary(List<Rate> rates, List<CharacteristicAnswers> characteristics, long comments,
                            List<String> commentText) {

    public SurveySummary {
        rates = List.copyOf(rates);
        characteristics = List.copyOf(characteristics);
        commentText = List.copyOf(commentText);
    }

    /**
     * @param role      the role, or null for the total
     * @param invited   rows in responses.csv
     * @param responded rows with at least one answer
     * @param percent   {@code round(100 * responded / invited)}
     */
    public record Rate(Role role, long invited, long responded, long percent) {
    }

    /**
     * @param id            characteristic id
     * @param title         its WAO title
     * @param officers      answers of officers: index 0..2 = Level 1..3
     * @param members       answers of members
     * @param perceived     median answer of all respondents, 0 without answers
     * @param perceivedOfficers median answer of officers, 0 without
     * @param perceivedMembers  median answer of members, 0 without
     * @param measured      the level measured from the records, 0 when the records cannot show it
     */
    public record CharacteristicAnswers(String id, String title, List<Long> officers, List<Long> members,
                                        int perceived, int perceivedOfficers, int perceivedMembers, int measured) {

        public CharacteristicAnswers {
            officers = List.copyOf(officers);
            members = List.copyOf(members);
        }

        /** Answers of both roles. */
        public long answers() {
            return officers.stream().mapToLong(Long::longValue).sum() + members.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Summarises {@code responses}; {@code measured} gives the measured levels; comments quoted only if asked. */
    public static SurveySummary of(List<SurveyResponse> responses, List<MaturityAssessment> measured,
                                   boolean showComments) {
        List<Rate> rates = new ArrayList<>();
        long allInvited = 0;
        long allResponded = 0;
        for (Role role : Role.values()) {
            long invited = responses.stream().filter(r -> r.role() == role).count();
            long responded = responses.stream().filter(r -> r.role() == role && r.responded()).count();
            rates.add(new Rate(role, invited, responded, percent(responded, invited)));
            allInvited += invited;
            allResponded += responded;
        }
        rates.add(new Rate(null, allInvited, allResponded, percent(allResponded, allInvited)));
        List<CharacteristicAnswers> out = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            long[] off = new long[3];
            long[] mem = new long[3];
            for (SurveyResponse r : responses) {
                Integer level = r.answers().get(c);
                if (level != null) {
                    (r.role() == Role.OFFICER ? off : mem)[level - 1]++;
                }
            }
            long[] all = {off[0] + mem[0], off[1] + mem[1], off[2] + mem[2]};
            int m = measured.stream().filter(a -> a.id().equals(c.id())).mapToInt(MaturityAssessment::level)
                    .findFirst().orElse(0);
            out.add(new CharacteristicAnswers(c.id(), c.title(), list(off), list(mem), median(all), median(off),
                    median(mem), m));
        }
        List<String> text = new ArrayList<>();
        long comments = 0;
        for (SurveyResponse r : responses) {
            if (r.comment() != null) {
                comments++;
                if (showComments) {
                    text.add(r.comment());
                }
            }
        }
        return new SurveySummary(rates, out, comments, text);
    }

    /** Percent rounded half up, as the audit's table rounds (15 of 72 = 20.8% → 21%). */
    static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    /** The median level of counts per level; the lower level on a tie; 0 when there are no answers. */
    static int median(long[] counts) {
        long n = counts[0] + counts[1] + counts[2];
        if (n == 0) {
            return 0;
        }
        long lowerMiddle = (n + 1) / 2;
        long seen = 0;
        for (int i = 0; i < 3; i++) {
            seen += counts[i];
            if (seen >= lowerMiddle) {
                return i + 1;
            }
        }
        return 3;
    }

    private static List<Long> list(long[] a) {
        return List.of(a[0], a[1], a[2]);
    }

    /** Index by id. */
    public Map<String, CharacteristicAnswers> byId() {
        Map<String, CharacteristicAnswers> m = new java.util.LinkedHashMap<>();
        characteristics.forEach(c -> m.put(c.id(), c));
        return m;
    }
}
