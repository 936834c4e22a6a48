package dev.rustyevents.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one comparison form of place names, for the gazetteer's index and every lookup. */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’.,()]+");

    private PlaceNames() {}

    /**
     * @param name a place name as written ("Saint-Étienne", "København", "Frankfurt a. M.")
     * @return lower case, accents removed (Unicode NFKD, combining marks dropped; the Latin letters
     *     NFKD leaves alone folded by hand: ø→o, æ→ae, ß→ss, ł→l, đ→d, ı→i, œ→oe, þ→th), hyphens,
     *     apostrophes, dots and commas read as spaces, spaces collapsed and trimmed ("saint
     *     etienne", "kobenhavn"); null for null
     */
    public static String fold(String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            s =
                    s.replace("ø", "o")
                            .replace("æ", "ae")
                            .replace("ß", "ss")
                            .replace("ł", "l")
                            .replace("đ", "d")
                            .replace("ı", "i")
                            .replace("œ", "oe")
                            .replace("þ", "th");
        }
        return SEPARATORS.matcher(s).replaceAll(" ").trim();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
