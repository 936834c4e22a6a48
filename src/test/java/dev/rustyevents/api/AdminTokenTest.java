package dev.rustyevents.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which configured admin tokens enable the admin endpoints. */
class AdminTokenTest {

    @Test
    void shouldRefuseThePlaceholderOfTheSecretTemplateAndShortTokens() {
        // deploy/kubernetes/secret.template.yaml ships REPLACE-ME: deployed unfilled it must not be
        // a credential
        assertEquals(Optional.empty(), AdminAuthFilter.usableToken(Optional.of("REPLACE-ME")));
        assertEquals(Optional.empty(), AdminAuthFilter.usableToken(Optional.of("admin")));
        assertEquals(Optional.empty(), AdminAuthFilter.usableToken(Optional.of("   ")));
        assertEquals(Optional.empty(), AdminAuthFilter.usableToken(Optional.empty()));
    }

    @Test
    void shouldAcceptATokenOfSixteenCharactersOrMore() {
        assertEquals(
                Optional.of("0123456789abcdef"),
                AdminAuthFilter.usableToken(Optional.of("0123456789abcdef")));
        assertEquals(Optional.empty(), AdminAuthFilter.usableToken(Optional.of("0123456789abcde")));
    }
}
