package dev.rustyevents.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country vocabulary: which codes exist (the JDK's {@link
 * Locale#getISOCountries()}), their English names (the JDK's locale data) and the {@link Region}
 * each belongs to (our table {@code iso3166-regions.txt}: no well-kept library maps countries to
 * continents the way TWiR's region headings do).
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, Region> REGIONS = loadRegions();

    private Countries() {}

    /**
     * @param code a candidate code, any case
     * @return true when it is an assigned ISO 3166-1 alpha-2 code ({@code GB}, not {@code UK})
     */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code.toUpperCase(Locale.ROOT));
    }

    /**
     * @param code an ISO 3166-1 alpha-2 code or null
     * @return the continent of that country; empty for null, unknown or Antarctic codes
     */
    public static Optional<Region> regionOf(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(REGIONS.get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * @param code an ISO 3166-1 alpha-2 code
     * @return the country's English short name ("Germany"), or the code itself when unknown
     */
    public static String name(String code) {
        if (!isCode(code)) {
            return code;
        }
        return new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    }

    private static Map<String, Region> loadRegions() {
        Map<String, Region> map = new HashMap<>();
        try (var in = Countries.class.getResourceAsStream("/iso3166-regions.txt");
                var reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(
                            line -> {
                                String[] parts = line.split(":", 2);
                                Region region =
                                        Region.fromCode(parts[0].strip())
                                                .orElseThrow(
                                                        () ->
                                                                new IllegalStateException(
                                                                        "unknown region in iso3166-regions.txt: "
                                                                                + parts[0]));
                                Arrays.stream(parts[1].strip().split("\\s+"))
                                        .forEach(c -> map.put(c, region));
                            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
