package dev.rustyevents.scrape;

import dev.rustyevents.config.FetchConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Fetches TWiR resources politely: a User-Agent naming the service, connect and read timeouts,
 * conditional GET, a size limit, and retries with exponential backoff for network errors, timeouts,
 * 429 and 5xx. {@code http(s):} URIs go through Quarkus REST Client; {@code file:} URIs (an offline
 * mirror laid out like the site, a path ending in {@code /} meaning its {@code index.html}) are
 * read from disk through the same size limit.
 *
 * <p>Every URI, and every redirect's target, must pass the {@link SourcePolicy} of the configured
 * root first: redirects are not followed by the client but one hop at a time here (at most {@value
 * #MAX_REDIRECTS}), each re-checked, so a redirect cannot lead off the TWiR root.
 *
 * <p>The retry loop is ours because SmallRye Fault Tolerance, which would provide {@code @Retry},
 * does not resolve from the Maven repository this project builds against.
 */
@ApplicationScoped
public class TwirFetcher {

    private static final Logger LOG = Logger.getLogger(TwirFetcher.class);

    /** Redirects followed for one fetch; more is a loop or a misconfigured mirror. */
    static final int MAX_REDIRECTS = 5;

    private final FetchConfig config;
    private final SourcePolicy policy;
    private final Map<String, TwirHttpApi> clients = new ConcurrentHashMap<>();

    @Inject
    public TwirFetcher(FetchConfig config, TwirSite site) {
        this(config, new SourcePolicy(site.root()));
    }

    /**
     * @param config how to fetch
     * @param policy where fetching is allowed
     */
    public TwirFetcher(FetchConfig config, SourcePolicy policy) {
        this.config = config;
        this.policy = policy;
    }

    /**
     * @param uri an {@code http}, {@code https} or {@code file} URI
     * @param previous validators of the last successful fetch of this URI ({@link
     *     FetchValidators#NONE} for an unconditional GET)
     * @return the body, or {@code notModified} when the server answered 304
     * @throws FetchException when the resource cannot be had after the configured attempts, is
     *     larger than {@code rusty-events.fetch.max-bytes}, the scheme is unsupported, or it or a
     *     redirect's target is refused by the {@link SourcePolicy} (not under the configured root,
     *     an internal address, more than {@value #MAX_REDIRECTS} redirects)
     */
    public Fetched fetch(URI uri, FetchValidators previous) throws FetchException {
        policy.check(uri);
        String scheme =
                uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return switch (scheme) {
            case "file" -> readFile(uri);
            case "http", "https" ->
                    fetchHttp(uri, previous == null ? FetchValidators.NONE : previous);
            default ->
                    throw new FetchException(
                            uri,
                            "unsupported URL scheme '" + scheme + "' (http, https or file)",
                            null);
        };
    }

    private Fetched readFile(URI uri) throws FetchException {
        Path path = Path.of(uri);
        if (uri.getPath().endsWith("/")) {
            path = path.resolve("index.html");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new Fetched(uri, false, readLimited(uri, in), FetchValidators.NONE);
        } catch (NoSuchFileException e) {
            throw new FetchException(uri, "no such file " + path, e);
        } catch (IOException e) {
            throw new FetchException(uri, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private Fetched fetchHttp(URI first, FetchValidators previous) throws FetchException {
        URI uri = first;
        for (int hop = 0; ; hop++) {
            Hop answer = fetchHop(uri, previous);
            if (answer.fetched() != null) {
                return answer.fetched();
            }
            if (hop >= MAX_REDIRECTS) {
                throw new FetchException(first, "more than " + MAX_REDIRECTS + " redirects", null);
            }
            LOG.infof("fetch %s: redirected to %s", uri, answer.location());
            uri = policy.check(answer.location());
        }
    }

    /** One request's outcome: the answer, or where a redirect points. */
    private record Hop(Fetched fetched, URI location) {}

    private Hop fetchHop(URI uri, FetchValidators previous) throws FetchException {
        URI origin = uri.resolve("/");
        String path =
                uri.getRawPath().substring(1)
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        TwirHttpApi api = clients.computeIfAbsent(origin.toString(), o -> build(origin));
        long wait = config.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            String retryReason;
            try (Response response = api.get(path, previous.etag(), previous.lastModified())) {
                int status = response.getStatus();
                if (status == 304) {
                    return new Hop(new Fetched(uri, true, null, previous), null);
                }
                if (status >= 200 && status < 300) {
                    byte[] body = readBody(uri, response);
                    if (body != null) {
                        return new Hop(new Fetched(uri, false, body, validatorsOf(response)), null);
                    }
                    // the connection failed mid-body: as retryable as one failing before the
                    // headers
                    retryReason = "cannot read body: connection closed before its end";
                } else if (status >= 300
                        && status < 400
                        && response.getHeaderString(HttpHeaders.LOCATION) != null) {
                    return new Hop(
                            null, location(uri, response.getHeaderString(HttpHeaders.LOCATION)));
                } else if (status != 429 && status < 500) {
                    throw new FetchException(uri, "HTTP " + status, null);
                } else {
                    retryReason = "HTTP " + status;
                }
            } catch (ProcessingException e) {
                retryReason = e.getCause() != null ? e.getCause().toString() : e.toString();
                if (attempt >= config.attempts()) {
                    throw new FetchException(
                            uri, "failed after " + attempt + " attempts: " + retryReason, e);
                }
            }
            if (attempt >= config.attempts()) {
                throw new FetchException(
                        uri, "failed after " + attempt + " attempts: " + retryReason, null);
            }
            LOG.infof(
                    "fetch %s: %s; attempt %d of %d in %d ms",
                    uri, retryReason, attempt + 1, config.attempts(), wait);
            sleep(uri, wait);
            wait *= 2;
        }
    }

    private TwirHttpApi build(URI origin) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(origin)
                .userAgent(config.userAgent())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .disableDefaultMapper(true)
                .build(TwirHttpApi.class);
    }

    private static URI location(URI from, String location) throws FetchException {
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(from, "redirect to a malformed URL: " + e.getMessage(), e);
        }
    }

    /**
     * @return the body, or {@code null} when the connection failed before its end (an I/O error
     *     while reading: the caller retries as for a failure before the headers)
     * @throws FetchException when the body is larger than {@code rusty-events.fetch.max-bytes}
     */
    private byte[] readBody(URI uri, Response response) throws FetchException {
        String length = response.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null
                && length.matches("\\d{1,18}")
                && Long.parseLong(length) > config.maxBytes()) {
            throw new FetchException(
                    uri,
                    "body of " + length + " bytes exceeds the limit of " + config.maxBytes(),
                    null);
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            return readLimited(uri, in);
        } catch (IOException | ProcessingException e) {
            LOG.debugf(e, "fetch %s: cannot read body", uri);
            return null;
        }
    }

    private byte[] readLimited(URI uri, InputStream in) throws IOException, FetchException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
        if (body.length > config.maxBytes()) {
            throw new FetchException(
                    uri, "body exceeds the limit of " + config.maxBytes() + " bytes", null);
        }
        return body;
    }

    private static FetchValidators validatorsOf(Response response) {
        return new FetchValidators(
                response.getHeaderString(HttpHeaders.ETAG),
                response.getHeaderString(HttpHeaders.LAST_MODIFIED));
    }

    private static void sleep(URI uri, long millis) throws FetchException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri, "interrupted while waiting to retry", e);
        }
    }
}
