package org.residentindex.insight;

import java.util.List;

/**
 * A Level 1/2/3 assessment of one WAO key characteristic, never without its evidence.
 *
 * @param id             the characteristic's id ({@link Characteristic#id()})
 * @param characteristic the key characteristic, as the WAO names it
 * @param level          1, 2 or 3
 * @param descriptors    the WAO descriptors for levels 1, 2 and 3, quoted verbatim (index 0 is Level 1)
 * @param evidence       the measured figures the level was derived from
 * @param rule           the rule, with the thresholds used
 * @param reason         which part of the rule decided the level, naming the datasets that decide it
 * @param causes         every failed condition (why the level is not higher), with its datasets; empty at Level 3
 * @param nextLevel      what would move this to the next level, in plain English
 * @param scope          what the data can and cannot show about this characteristic
 */
public record MaturityAssessment(String id, String characteristic, int level, List<String> descriptors,
                                 List<Evidence> evidence, String rule, String reason, List<Cause> causes,
                                 String nextLevel, String scope) {

    public MaturityAssessment {
        descriptors = List.copyOf(descriptors);
        evidence = List.copyOf(evidence);
        causes = List.copyOf(causes);
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1, 2 or 3");
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a level needs its evidence");
        }
    }

    /** The descriptor of the assessed level. */
    public String descriptor() {
        return descriptors.get(level - 1);
    }
}
