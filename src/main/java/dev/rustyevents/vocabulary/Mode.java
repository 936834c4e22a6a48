package dev.rustyevents.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How people attend an event, as TWiR's location column says it: a plain place is {@link
 * #IN_PERSON}, {@code Virtual}/{@code Virtual (City, CC)} is {@link #VIRTUAL}, {@code Hybrid (…)}
 * and {@code Virtual and In-Person (…)} are {@link #HYBRID}.
 */
public enum Mode {
    IN_PERSON("in-person"),
    VIRTUAL("virtual"),
    HYBRID("hybrid");

    private final String code;

    Mode(String code) {
        this.code = code;
    }

    /**
     * @return the wire name used in JSON, query parameters, the database and CATEGORIES.
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * @param code a wire name such as {@code in-person} (case-insensitive)
     * @return the mode, or empty when the name is unknown
     */
    public static Optional<Mode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(code)).findFirst();
    }
}
