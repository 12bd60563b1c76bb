package org.residentindex.insight.survey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.residentindex.insight.Characteristic;

/**
 * One invitee's row of responses.csv.
 *
 * @param respondent the respondent id (never a name)
 * @param role       officer or elected member
 * @param answers    level 1, 2 or 3 per characteristic answered; empty when the invitee did not respond
 * @param comment    free-text comment, or null; counted in reports, shown only when asked
 */
public record SurveyResponse(String respondent, Role role, Map<Characteristic, Integer> answers, String comment) {

    public SurveyResponse {
        EnumMap<Characteristic, Integer> copy = new EnumMap<>(Characteristic.class);
        copy.putAll(answers);
        answers = Collections.unmodifiableMap(copy);
        comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    /** True when the invitee answered at least one characteristic. */
    public boolean responded() {
        return !answers.isEmpty();
    }
}
