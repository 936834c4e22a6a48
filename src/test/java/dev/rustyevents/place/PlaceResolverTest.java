package dev.rustyevents.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.vocabulary.Region;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolution rules on places TWiR wrote (spellings from the corpus). */
class PlaceResolverTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.standard();

    private static ResolvedPlace resolve(
            String city, String subdivision, String country, Region region) {
        return RESOLVER.resolve(
                WrittenPlace.builder()
                        .city(city)
                        .subdivision(subdivision)
                        .country(country)
                        .region(region)
                        .build(),
                PlaceContext.NONE);
    }

    @ParameterizedTest(name = "{0}, {1}, {2} -> {4} {5} {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "München/Munich, -, DE, EUROPE, Munich, DE, DE-BY, alternate-name",
                "Köln/Cologne, -, DE, EUROPE, Köln, DE, DE-NW, exact",
                "Bangalore/Bengaluru, -, IN, ASIA, Bengaluru, IN, IN-KA, alternate-name",
                "Brisbane City, QL, -, OCEANIA, Brisbane, AU, AU-QLD, subdivision-hint",
                "São Paulo, SP, -, SOUTH_AMERICA, São Paulo, BR, BR-SP, subdivision-hint",
                "Cardiff, WLS, -, EUROPE, Cardiff, GB, GB-WLS, subdivision-hint",
                "Vancouver, BC, -, NORTH_AMERICA, Vancouver, CA, CA-BC, subdivision-hint",
                "Seattle, WA, -, NORTH_AMERICA, Seattle, US, US-WA, subdivision-hint",
                "Portland, OR, US, NORTH_AMERICA, Portland, US, US-OR, exact",
                "Portland, ME, US, NORTH_AMERICA, Portland, US, US-ME, exact",
                "London, ON, CA, NORTH_AMERICA, London, CA, CA-ON, exact",
                "London, -, GB, EUROPE, London, GB, GB-ENG, exact",
                "Cambridge, MA, US, NORTH_AMERICA, Cambridge, US, US-MA, exact",
                "Cambridge, -, GB, EUROPE, Cambridge, GB, GB-ENG, exact",
                "Plovidv, -, BG, EUROPE, Plovdiv, BG, BG-16, fuzzy",
                "Saarbücken, -, DE, EUROPE, Saarbrücken, DE, DE-SL, fuzzy",
                "Johannesburg, -, SA, AFRICA, Johannesburg, ZA, ZA-GP, subdivision-hint",
                "Taipei, -, TW, ASIA, Taipei, TW, TW-TPE, exact",
                "Prague, -, CZ, EUROPE, Prague, CZ, CZ-10, exact",
                "Olomouc, -, CZ, EUROPE, Olomouc, CZ, CZ-71, exact",
                "Zlin, -, CZ, EUROPE, Zlín, CZ, CZ-72, exact",
            })
    void shouldResolveWhatTwirWrote(
            String city,
            String subdivision,
            String country,
            Region region,
            String name,
            String expectedCountry,
            String expectedSubdivision,
            String how) {
        ResolvedPlace p = resolve(city, subdivision, country, region);
        assertTrue(p.resolved(), city + ": " + p);
        assertEquals(name, p.place().name());
        assertEquals(expectedCountry, p.place().country());
        assertEquals(expectedSubdivision, p.place().subdivision());
        assertEquals(how, p.resolution().code());
    }

    @Test
    void shouldLeaveAmbiguousAndUnknownPlacesUnresolved() {
        assertFalse(resolve("Springfield", null, "US", Region.NORTH_AMERICA).resolved());
        assertFalse(resolve("Switzerland", null, "CH", Region.EUROPE).resolved());
        assertFalse(resolve("Selangor", null, "MY", Region.ASIA).resolved(), "a state");
        assertEquals(
                "New York City",
                resolve("New York", "NY", "US", Region.NORTH_AMERICA).place().name());
        assertFalse(resolve("Joint Meetup", null, "Europe + Israel", null).resolved());
        assertEquals(PlaceResolution.NONE, resolve("Xyzzy", null, "DE", null).resolution());
    }

    @Test
    void shouldReadTitlesOnlyForCitiesTheStoreKnows() {
        Gazetteer g = RESOLVER.gazetteer();
        int hamburg = g.lookup("Hamburg").get(0).place().geonameId();
        PlaceContext knowsHamburg =
                new PlaceContext() {
                    @Override
                    public boolean knownFromData(int id) {
                        return id == hamburg;
                    }

                    @Override
                    public Optional<GazetteerPlace> groupHome(String slug) {
                        return Optional.empty();
                    }
                };
        ResolvedPlace p =
                RESOLVER.resolve(
                        WrittenPlace.builder()
                                .title("Rust Hack and Learn Hamburg @ Ponton")
                                .build(),
                        knowsHamburg);
        assertEquals(PlaceResolution.FROM_TITLE, p.resolution());
        assertEquals("DE", p.place().country());
        assertFalse(
                RESOLVER.resolve(WrittenPlace.builder().title("A Nice talk").build(), knowsHamburg)
                        .resolved());
    }

    @Test
    void shouldTakeAKnownCityOfTheTitleWhenThePlaceNamesACountryOnlyInThatCountry() {
        LearnedPlaces learned = new LearnedPlaces(RESOLVER.gazetteer());
        learned.learn((String) null, resolve("Geneva", null, "CH", Region.EUROPE));
        WrittenPlace geneva =
                WrittenPlace.builder()
                        .city("Switzerland")
                        .country("CH")
                        .region(Region.EUROPE)
                        .title("Rust Meetup Geneva")
                        .build();
        ResolvedPlace p = RESOLVER.resolve(geneva, learned);
        assertEquals(PlaceResolution.FROM_TITLE, p.resolution());
        assertEquals("Genève", p.place().name());
        WrittenPlace elsewhere =
                WrittenPlace.builder()
                        .city("Austria")
                        .country("AT")
                        .region(Region.EUROPE)
                        .title("Rust Meetup Geneva")
                        .build();
        assertFalse(RESOLVER.resolve(elsewhere, learned).resolved());
    }

    @Test
    void shouldKnowAGroupThatTheLineDoesNotNameByItsMeetupAddress() {
        assertEquals(
                "meetup.com/rustdc",
                WrittenPlace.groupLinkOf(null, "https://www.meetup.com/RustDC/events/253787454"));
        assertEquals(
                "meetup.com/rustdc",
                WrittenPlace.groupLinkOf("https://meetup.com/rustdc/", "https://forms.gle/x"));
        assertEquals(null, WrittenPlace.groupLinkOf("https://forms.gle/x", null));
        LearnedPlaces learned = new LearnedPlaces(RESOLVER.gazetteer());
        WrittenPlace named =
                WrittenPlace.builder()
                        .city("Arlington")
                        .subdivision("VA")
                        .country("US")
                        .groupSlug("rust-dc")
                        .groupLink("meetup.com/rustdc")
                        .build();
        ResolvedPlace virginia = RESOLVER.resolve(named, PlaceContext.NONE);
        learned.learn(named, virginia);
        learned.learn(named, virginia);
        WrittenPlace unnamed =
                WrittenPlace.builder()
                        .city("Arlington")
                        .country("US")
                        .region(Region.NORTH_AMERICA)
                        .title("Rust DC—Mid-month Rustful")
                        .groupLink("meetup.com/rustdc")
                        .build();
        assertFalse(RESOLVER.resolve(unnamed, PlaceContext.NONE).resolved(), "ambiguous alone");
        ResolvedPlace p = RESOLVER.resolve(unnamed, learned);
        assertEquals(PlaceResolution.GROUP_HOME, p.resolution());
        assertEquals("US-VA", p.place().subdivision());
    }

    @Test
    void shouldTakeTheGroupsUsualPlaceForAStateOnlyInItsCountry() {
        LearnedPlaces learned = new LearnedPlaces(RESOLVER.gazetteer());
        ResolvedPlace lehi = resolve("Lehi", "UT", "US", Region.NORTH_AMERICA);
        learned.learn("utah-rust", lehi);
        learned.learn("utah-rust", lehi);
        WrittenPlace utah =
                WrittenPlace.builder().city("Utah").country("US").groupSlug("utah-rust").build();
        ResolvedPlace p = RESOLVER.resolve(utah, learned);
        assertEquals(PlaceResolution.GROUP_HOME, p.resolution());
        assertEquals("Lehi", p.place().name());
        WrittenPlace elsewhere =
                WrittenPlace.builder().city("Utah").country("CA").groupSlug("utah-rust").build();
        assertFalse(RESOLVER.resolve(elsewhere, learned).resolved());
        WrittenPlace otherState =
                WrittenPlace.builder()
                        .city("North Carolina")
                        .country("US")
                        .groupSlug("utah-rust")
                        .build();
        assertFalse(
                RESOLVER.resolve(otherState, learned).resolved(),
                "a home outside the state the column names");
    }

    @Test
    void shouldNameNearPlacesOrSayWhichOrOfferSpellings() {
        assertInstanceOf(PlaceResolver.Named.One.class, RESOLVER.named("Berlin"));
        PlaceResolver.Named.One maine = (PlaceResolver.Named.One) RESOLVER.named("Portland,US-ME");
        assertEquals("US-ME", maine.place().subdivision());
        PlaceResolver.Named.Unknown unknown =
                (PlaceResolver.Named.Unknown) RESOLVER.named("Brelin");
        assertEquals("Berlin", unknown.closeSpellings().get(0).name());
    }

    @Test
    void shouldMeasureGreatCircleDistance() {
        // Berlin - Paris: 878 km on the mean sphere (published great-circle figure ~877.5 km)
        double km = new GeoPoint(52.52437, 13.41053).distanceKm(new GeoPoint(48.85341, 2.3488));
        assertEquals(877.5, km, 1.5);
        assertEquals(0, new GeoPoint(10, 20).distanceKm(new GeoPoint(10, 20)), 1e-9);
        assertTrue(GeoPoint.parse("91,0").isEmpty());
        assertEquals(new GeoPoint(-33.9, 151.2), GeoPoint.parse(" -33.9 , 151.2 ").orElseThrow());
    }
}
