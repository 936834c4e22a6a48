package dev.rustyevents;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * The package rules of {@code docs/architecture.md}, checked on the compiled main classes: the
 * arrows between packages point down, and no two packages import each other, however indirectly. A
 * wrong import fails the build here, naming the class and the dependency.
 */
class ArchitectureTest {

    private static final String BASE = "dev.rustyevents";

    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(BASE);

    /**
     * Each package and the packages it may import. {@code api}, {@code calendar}, {@code atom} and
     * {@code web} are siblings: none imports another; what they share lives in {@code http} (and
     * JSON-LD in {@code jsonld}). {@code scrape} reads TWiR into listings and sees no entity;
     * {@code event} and {@code scrape} share the field's words in {@code vocabulary}; {@code
     * http}'s entity tags and {@code ingest}'s content hashes share SHA-256 in {@code digest}.
     */
    static Architectures.LayeredArchitecture layers() {
        return Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy(BASE + ".api..")
                .layer("calendar")
                .definedBy(BASE + ".calendar..")
                .layer("atom")
                .definedBy(BASE + ".atom..")
                .layer("web")
                .definedBy(BASE + ".web..")
                .layer("ingest")
                .definedBy(BASE + ".ingest..")
                .layer("http")
                .definedBy(BASE + ".http..")
                .layer("jsonld")
                .definedBy(BASE + ".jsonld..")
                .layer("scrape")
                .definedBy(BASE + ".scrape..")
                .layer("event")
                .definedBy(BASE + ".event..")
                .layer("cluster")
                .definedBy(BASE + ".cluster..")
                .layer("place")
                .definedBy(BASE + ".place..")
                .layer("vocabulary")
                .definedBy(BASE + ".vocabulary..")
                .layer("digest")
                .definedBy(BASE + ".digest..")
                .layer("config")
                .definedBy(BASE + ".config..")
                .whereLayer("api")
                .mayOnlyAccessLayers(
                        "ingest",
                        "http",
                        "jsonld",
                        "scrape",
                        "event",
                        "cluster",
                        "place",
                        "vocabulary",
                        "config")
                .whereLayer("calendar")
                .mayOnlyAccessLayers("http", "event", "cluster", "place", "vocabulary", "config")
                .whereLayer("atom")
                .mayOnlyAccessLayers("http", "event", "cluster", "vocabulary", "config")
                .whereLayer("web")
                .mayOnlyAccessLayers(
                        "http", "jsonld", "event", "cluster", "place", "vocabulary", "config")
                .whereLayer("ingest")
                .mayOnlyAccessLayers(
                        "scrape", "event", "cluster", "place", "vocabulary", "digest", "config")
                .whereLayer("http")
                .mayOnlyAccessLayers("event", "cluster", "place", "vocabulary", "digest", "config")
                .whereLayer("jsonld")
                .mayOnlyAccessLayers("event", "place", "vocabulary")
                .whereLayer("scrape")
                .mayOnlyAccessLayers("vocabulary", "config")
                .whereLayer("event")
                .mayOnlyAccessLayers("place", "vocabulary")
                .whereLayer("place")
                .mayOnlyAccessLayers("vocabulary")
                .whereLayer("cluster")
                .mayNotAccessAnyLayer()
                .whereLayer("vocabulary")
                .mayNotAccessAnyLayer()
                .whereLayer("digest")
                .mayNotAccessAnyLayer()
                .whereLayer("config")
                .mayNotAccessAnyLayer();
    }

    /** No package imports another that (directly or through others) imports it back. */
    static ArchRule noCycles() {
        return slices().matching(BASE + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void shouldKeepEveryArrowPointingDown() {
        layers().check(MAIN);
    }

    @Test
    void shouldHaveNoPackageCycles() {
        noCycles().check(MAIN);
    }

    @Test
    void shouldFailOnAPlantedWrongImport() {
        // The main classes and three test classes placed in main packages: scrape using an entity,
        // calendar using api, vocabulary using scrape (a cycle with scrape's use of vocabulary).
        JavaClasses planted =
                new ClassFileImporter()
                        .withImportOption(
                                location ->
                                        ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(
                                                        location)
                                                || location.contains("/Planted"))
                        .importPackages(BASE);
        assertTrue(
                layers().evaluate(planted).hasViolation(),
                "the layer rule accepted planted wrong imports");
        String report = layers().evaluate(planted).getFailureReport().toString();
        assertTrue(report.contains("PlantedEntityInScrape"), report);
        assertTrue(report.contains("PlantedSiblingImport"), report);
        assertTrue(
                noCycles().evaluate(planted).hasViolation(),
                "the cycle rule accepted a planted cycle");
        assertTrue(
                noCycles()
                        .evaluate(planted)
                        .getFailureReport()
                        .toString()
                        .contains("PlantedCycle"));
        assertFalse(
                layers().evaluate(MAIN).hasViolation(), "the main classes break the layer rule");
    }
}
