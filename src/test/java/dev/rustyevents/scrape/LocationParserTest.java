package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The location-column rules of {@link LocationParser}, on columns as TWiR wrote them. */
class LocationParserTest {

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // column                                              | heading       | mode      |
                // city                 | sub | country
                "Indianapolis, IN, US                                  | North America | in-person | Indianapolis         | IN  | US",
                "Indianapolis, IN, US                                  | Virtual       | virtual   | Indianapolis         | IN  | US",
                "Virtual                                               | Virtual       | virtual   | -                    | -   | -",
                "-                                                     | Virtual       | virtual   | -                    | -   | -",
                "-                                                     | Europe        | -         | -                    | -   | -",
                "Virtual (Girona, ES)                                  | Virtual       | virtual   | Girona               | -   | ES",
                "Virtual( Kampala, UG)                                 | Africa        | virtual   | Kampala              | -   | UG",
                "Hybrid (Vancouver, BC, CA)                            | Virtual       | hybrid    | Vancouver            | BC  | CA",
                "Virtual and In-Person (Seattle, WA, US)               | North America | hybrid    | Seattle              | WA  | US",
                "Hybrid - Virtual and In-Person (München/Munich, DE)   | Europe        | hybrid    | München/Munich       | -   | DE",
                "Hybrid: In-Person and Virtual (Seattle, WA, US)       | Virtual       | hybrid    | Seattle              | WA  | US",
                "Hybrid (Virtual + In-person) Munich, DE               | Virtual       | hybrid    | Munich               | -   | DE",
                "Virtual + In Person (Barcelona, ES)                   | Virtual       | hybrid    | Barcelona            | -   | ES",
                "Linz, AT + Virtual                                    | Europe        | hybrid    | Linz                 | -   | AT",
                "Virtual + Wellington, NZ                              | Virtual       | hybrid    | Wellington           | -   | NZ",
                "Hybrid - Vancouver, BC, CA                            | North America | hybrid    | Vancouver            | BC  | CA",
                "Praha, CZ - Virtual + In-person                       | Europe        | hybrid    | Praha                | -   | CZ",
                "London, UK                                            | Europe        | in-person | London               | -   | GB",
                "Melbourne, AUS                                        | Oceania       | in-person | Melbourne            | -   | AU",
                "Bergen, No                                            | Europe        | in-person | Bergen               | -   | NO",
                "Hybrid (Kuala Lumpur, Malaysia)                       | Asia          | hybrid    | Kuala Lumpur         | -   | MY",
                "Virtual (Italy)                                       | Virtual       | virtual   | -                    | -   | IT",
                "Virtual (US)                                          | Virtual       | virtual   | -                    | -   | US",
                "Virtual (Buffalo, NY)                                 | Virtual       | virtual   | Buffalo              | NY  | US",
                "Portland, OR                                          | North America | in-person | Portland             | OR  | US",
                // a subdivision where the country belongs: kept as the subdivision; the ingest
                // takes the country from the gazetteer (ListingPlaces)
                "Perth, WA                                             | Oceania       | in-person | Perth                | WA  | -",
                "São Paulo, SP                                         | South America | in-person | São Paulo            | SP  | -",
                "Brisbane City, QL                                     | Oceania       | in-person | Brisbane City        | QL  | -",
                "Minneapolis, MN US                                    | North America | in-person | Minneapolis          | MN  | US",
                "Los Angeles (Chino Hills), CA, US                     | North America | in-person | Los Angeles (Chino Hills) | CA | US",
                "Seattle/Bellevue, WA, US                              | North America | in-person | Seattle/Bellevue     | WA  | US",
                "Virtual (Nairobi, KE / New York, NY, US)              | Virtual       | virtual   | -                    | -   | -",
                "Virtual (Redmond, WA, US; San Francisco, CA, US)      | Virtual       | virtual   | -                    | -   | -",
                "Virtual (Joint Meetup, Europe + Israel)               | Virtual       | virtual   | -                    | -   | -",
                "Hybrid (EU/UK)                                        | Virtual       | hybrid    | -                    | -   | -",
                "Virtual (PDT Timezone)                                | Virtual       | virtual   | -                    | -   | -",
                "Various - EMEA                                        | Virtual       | virtual   | -                    | -   | -",
            })
    void readsTheColumn(
            String column,
            String heading,
            String mode,
            String city,
            String subdivision,
            String country) {
        LocationParser.Place place = LocationParser.parse(column, heading);
        assertEquals(mode, place.mode() == null ? null : place.mode().code(), "mode");
        assertEquals(city, place.city(), "city");
        assertEquals(subdivision, place.subdivision(), "subdivision");
        assertEquals(country, place.country(), "country");
    }

    /** The place field of the CFP section, as the corpus writes it (issues 533-651). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // field                              | mode      | city         | sub | country
                "Utrecht, The Netherlands             | in-person | Utrecht      | -   | NL",
                "Montreal, Quebec, Canada             | in-person | Montreal     | QC  | CA",
                "Portland, Oregon, USA                | in-person | Portland     | OR  | US",
                "Seattle, WA, US                      | in-person | Seattle      | WA  | US",
                "Kongsberg, Norway                    | in-person | Kongsberg    | -   | NO",
                "Buenos Aires, AR                     | in-person | Buenos Aires | -   | AR",
                "Vienna, Austria & online             | hybrid    | Vienna       | -   | AT",
                "Online + Ukraine, Kyiv               | hybrid    | Kyiv         | -   | UA",
                "online                               | virtual   | -            | -   | -",
                "Virtual                              | virtual   | -            | -   | -",
                "Paris                                | in-person | -            | -   | -",
                "-                                    | -         | -            | -   | -",
            })
    void readsTheConferencePlace(
            String field, String mode, String city, String subdivision, String country) {
        LocationParser.Place place = LocationParser.parseConference(field);
        assertEquals(mode, place.mode() == null ? null : place.mode().code(), "mode");
        assertEquals(city, place.city(), "city");
        assertEquals(subdivision, place.subdivision(), "subdivision");
        assertEquals(country, place.country(), "country");
    }
}
