package org.residentindex.gazetteer;

import java.util.Locale;

/**
 * The BS7666 logical status of one address (LPI) of a property: 1 approved, 3 alternative, 6 provisional,
 * 8 historical. All are used for matching (an old address in a record still finds its property); the status
 * of the address that matched is reported, so a match on a historic address is visible as such.
 */
public enum LpiStatus {
    APPROVED(1), ALTERNATIVE(3), PROVISIONAL(6), HISTORIC(8);

    private final int code;

    LpiStatus(int code) {
        this.code = code;
    }

    /** The BS7666 code. */
    public int code() {
        return code;
    }

    /** The value written to CSV output, e.g. {@code historic}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status for a code or word as extracts write it ({@code 1}, {@code 8}, {@code Historical},
     * {@code approved}); approved when blank; null when not recognised.
     */
    public static LpiStatus parse(String s) {
        if (s == null || s.isBlank()) {
            return APPROVED;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (LpiStatus st : values()) {
            if (t.equals(Integer.toString(st.code)) || t.startsWith(st.key().substring(0, 5))) {
                return st;
            }
        }
        return null;
    }
}
