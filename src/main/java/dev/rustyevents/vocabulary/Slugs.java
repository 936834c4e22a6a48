package dev.rustyevents.vocabulary;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe and search forms of names: one rule for group slugs and text search. */
public final class Slugs {

    private Slugs() {}

    /**
     * @param name a display name ("Rust Zürich", "Code Mavens 🦀 - 🐍 - 🐪")
     * @return lower-case ASCII words joined by {@code -} ("rust-zurich", "code-mavens"); empty when
     *     nothing is left; null for null
     */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        return fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /**
     * @param text any text
     * @return the text lower-cased with accents removed (Unicode NFKD: compatibility forms such as
     *     ligatures and full-width letters decomposed too, then combining marks dropped), for case-
     *     and accent-insensitive comparison; null for null
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
