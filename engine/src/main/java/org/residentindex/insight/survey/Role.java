package org.residentindex.insight.survey;

/** Who answered the data tool, as the WAO's table distinguishes them. */
public enum Role {
    OFFICER("officer", "Officers"), MEMBER("member", "Elected Members");

    private final String id;
    private final String title;

    Role(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The {@code role} value in responses.csv. */
    public String id() {
        return id;
    }

    /** The row title of the WAO's response-rate table. */
    public String title() {
        return title;
    }

    /** The role for a responses.csv value ({@code officer}, {@code member}, also "elected member"), or null. */
    public static Role of(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "officer", "officers", "senior officer" -> OFFICER;
            case "member", "members", "elected member", "elected members", "councillor" -> MEMBER;
            default -> null;
        };
    }
}
