package org.residentindex.gazetteer;

import java.util.Set;

/**
 * The comparable content of a secondary address ("FLAT 2", "FLAT A FIRST AND SECOND FLOORS", "BASEMENT FLAT"):
 * an identifier (number, letter or number+letter) and a set of floors as a bit mask.
 *
 * @param id     the flat's identifier, or null
 * @param floors floor bits ({@link #BASEMENT}, {@link #GROUND}, ...), 0 when none named
 */
record FlatText(String id, int floors) {

    static final int BASEMENT = 1;
    static final int GROUND = 2;
    static final int FIRST = 4;
    static final int SECOND = 8;
    static final int THIRD = 16;
    static final int FOURTH = 32;
    static final int TOP = 64;
    /** Position in the building, compared like floors: rear and front flats of one number differ. */
    static final int REAR = 128;
    static final int FRONT = 256;

    static final FlatText EMPTY = new FlatText(null, 0);

    private static final Set<String> NOISE = Set.of("flat", "flats", "apartment", "apt", "unit", "room",
            "floor", "floors", "and", "maisonette", "the", "no", "number", "lower", "upper", "level", "studio", "flr", "of",
            "fflat");

    /** Parses a folded secondary address; {@code number} (SAO start number) wins as identifier when given. */
    static FlatText parse(String folded, String number) {
        String id = number == null || number.isBlank() ? null : number.trim().toLowerCase(java.util.Locale.ROOT);
        int floors = 0;
        if (folded != null) {
            String[] words = folded.split(" ");
            for (int i = 0; i < words.length; i++) {
                String t = words[i];
                // "lower ground" is what one side calls the basement and the other the ground floor
                int f = t.equals("ground") && i > 0 && words[i - 1].equals("lower") ? BASEMENT | GROUND : floor(t);
                if (f != 0) {
                    floors |= f;
                } else if (id == null && !NOISE.contains(t) && isIdentifier(t)) {
                    id = t;
                }
            }
        }
        return id == null && floors == 0 ? EMPTY : new FlatText(id, floors);
    }

    private static boolean isIdentifier(String t) {
        if (t.length() == 1) {
            return true;
        }
        return Character.isDigit(t.charAt(0)) && t.length() <= 5;
    }

    private static int floor(String t) {
        return switch (t) {
            case "basement", "lg" -> BASEMENT;
            case "ground", "gf", "grd", "gnd" -> GROUND;
            case "first", "1st", "ff" -> FIRST;
            case "second", "2nd", "sf" -> SECOND;
            case "third", "3rd" -> THIRD;
            case "fourth", "4th" -> FOURTH;
            case "top", "attic" -> TOP;
            case "rear", "back" -> REAR;
            case "front" -> FRONT;
            default -> 0;
        };
    }
}
