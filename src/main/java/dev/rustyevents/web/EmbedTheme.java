package dev.rustyevents.web;

import dev.rustyevents.http.ProblemException;
import java.util.Arrays;

/**
 * The colours of the embedded list ({@code /embed?theme=}): the host page knows whether it is light
 * or dark, the viewer's system setting may not match it.
 */
public enum EmbedTheme {
    /** Dark text on white, whatever the viewer's setting. */
    LIGHT("light", "light"),
    /** Light text on a dark background, whatever the viewer's setting. */
    DARK("dark", "dark"),
    /** The viewer's {@code prefers-color-scheme} (Media Queries Level 5): the default. */
    AUTO("auto", "light dark");

    private final String code;
    private final String colorScheme;

    EmbedTheme(String code, String colorScheme) {
        this.code = code;
        this.colorScheme = colorScheme;
    }

    /**
     * @return the parameter's value ({@code dark}), also the page's {@code data-theme}
     */
    public String code() {
        return code;
    }

    /**
     * @return the CSS {@code color-scheme} the page declares ({@code light}, {@code dark} or {@code
     *     light dark}), which its style sheet's {@code light-dark()} colours follow
     */
    public String colorScheme() {
        return colorScheme;
    }

    /**
     * @param value the {@code theme} parameter, or null
     * @return its theme ({@code light}, {@code dark}, {@code auto}: lower case, as {@code
     *     openapi.yaml}'s enum); {@link #AUTO} when absent or blank
     * @throws ProblemException 400 naming {@code theme} and its three values otherwise
     */
    public static EmbedTheme parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String code = value.strip();
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(
                        () ->
                                ProblemException.badParameter(
                                        "theme",
                                        "unknown theme '" + ProblemException.echo(value) + "'",
                                        Arrays.stream(values()).map(EmbedTheme::code).toList()));
    }
}
