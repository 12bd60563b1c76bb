package org.residentindex.gazetteer;

import java.util.List;

/** Fits the messy-evidence calibration table from the adversarial calibration split. */
final class MessyCalibration {

    private MessyCalibration() {
    }

    static String fit(List<AdversarialSetTest.Outcome> outcomes) {
        return "";
    }
}
