package dev.rustyevents.web;

import dev.rustyevents.http.EncodedBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' static files under versioned URLs: {@code /assets/<version>/site.css}, where the
 * version is the first 12 hex digits of the file's SHA-256. The URL changes whenever the content
 * does, so {@link AssetResource} can let browsers and caches keep it for a year ({@code immutable})
 * and a deploy still never serves last release's CSS. The unversioned paths ({@code
 * /assets/site.css}, Quarkus' static files) stay, with a five-minute max-age
 * (application.properties). Files are read once from {@code META-INF/resources/assets/} and kept
 * compressed ({@link EncodedBody}).
 */
public final class Assets {

    /** One file: its name, version, media type and bytes. */
    record Asset(String name, String version, String mediaType, EncodedBody body) {}

    private static final Map<String, String> MEDIA_TYPES =
            Map.of(
                    "site.css", "text/css;charset=UTF-8",
                    "embed.css", "text/css;charset=UTF-8",
                    "site.js", "text/javascript;charset=UTF-8",
                    "icon.svg", "image/svg+xml",
                    "world.svg", "image/svg+xml");

    private static final Map<String, Asset> ASSETS = load();

    private Assets() {}

    /**
     * @param name a file in {@code assets/}: {@code site.css}, {@code site.js}, {@code embed.css},
     *     {@code icon.svg} or {@code world.svg}
     * @return its versioned path, e.g. {@code /assets/3f2a9c0d1e4b/site.css}
     * @throws IllegalArgumentException for another name (a template's typo fails its render)
     */
    public static String url(String name) {
        Asset asset = ASSETS.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no asset named " + name);
        }
        return "/assets/" + asset.version() + "/" + name;
    }

    /**
     * @return the file of this name, if it is one of the pages' assets
     */
    static Optional<Asset> get(String name) {
        return Optional.ofNullable(ASSETS.get(name));
    }

    private static Map<String, Asset> load() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        MEDIA_TYPES.forEach(
                (name, mediaType) -> {
                    EncodedBody body = EncodedBody.of(read(name));
                    String version = body.identityTag().getValue().substring(0, 12);
                    assets.put(name, new Asset(name, version, mediaType, body));
                });
        return Map.copyOf(assets);
    }

    private static byte[] read(String name) {
        String path = "META-INF/resources/assets/" + name;
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
