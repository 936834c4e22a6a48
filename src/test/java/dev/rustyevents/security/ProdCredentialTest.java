package dev.rustyevents.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.config.AdminConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No admin credential ships with the service: {@code application.properties} resolved for the
 * {@code prod} profile (and for every other profile but {@code test}) has no {@code
 * rusty-events.admin.token}, and the config mapping has no default for it, so only the environment
 * can enable the admin endpoints.
 */
class ProdCredentialTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    private static SmallRyeConfig resolved(String profile) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(PROPERTIES.toUri().toURL(), 250))
                .build();
    }

    @Test
    void shouldHaveNoAdminTokenInTheProdProfile() throws Exception {
        for (String profile : new String[] {"prod", "dev"}) {
            SmallRyeConfig config = resolved(profile);
            assertEquals(profile, config.getProfiles().get(0));
            assertTrue(
                    config.getOptionalValue("rusty-events.admin.token", String.class).isEmpty(),
                    profile);
            assertTrue(
                    config.getOptionalValue("rusty-events.twir.url", String.class).isPresent(),
                    "the file was read");
        }
        assertNull(
                AdminConfig.class.getMethod("token").getAnnotation(WithDefault.class),
                "no built-in default");
    }
}
