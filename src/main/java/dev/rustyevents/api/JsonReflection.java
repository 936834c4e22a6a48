package dev.rustyevents.api;

import dev.rustyevents.api.dto.CorrectionDto;
import dev.rustyevents.api.dto.CorrectionRequest;
import dev.rustyevents.api.dto.EventDto;
import dev.rustyevents.api.dto.FeedDto;
import dev.rustyevents.api.dto.GazetteerPlaceDto;
import dev.rustyevents.api.dto.GroupDto;
import dev.rustyevents.api.dto.IssueDto;
import dev.rustyevents.api.dto.ListingDto;
import dev.rustyevents.api.dto.PageDto;
import dev.rustyevents.api.dto.PlaceDto;
import dev.rustyevents.event.EventStats;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.http.Problem;
import dev.rustyevents.jsonld.SchemaOrg;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The types Jackson reads and writes by reflection where Quarkus cannot see them, registered for
 * the native executable. Quarkus REST registers its resource methods' parameter and return types,
 * but the API writes its answers itself ({@link ApiRenderer}: the bytes are cached per data version
 * and answered as a buffer), problems travel as a {@code Response} entity ({@link ProblemMapper})
 * or straight to Vert.x ({@link BodyLimit}), and a correction is read by {@link MergePatch}.
 * Without this a native build answers {@code {}} for each of them; the enums are here for their
 * {@code @JsonValue}.
 */
@RegisterForReflection(
        targets = {
            PageDto.class,
            EventDto.class,
            EventDto.Place.class,
            FeedDto.class,
            GroupDto.class,
            GroupDto.HomeDto.class,
            GroupDto.FeedLinksDto.class,
            IssueDto.class,
            ListingDto.class,
            PlaceDto.class,
            GazetteerPlaceDto.class,
            PlaceDto.Counts.class,
            EventStats.class,
            EventStats.Period.class,
            CorrectionDto.class,
            CorrectionRequest.class,
            SchemaOrg.Event.class,
            SchemaOrg.Place.class,
            SchemaOrg.PostalAddress.class,
            SchemaOrg.GeoCoordinates.class,
            SchemaOrg.VirtualLocation.class,
            SchemaOrg.Organization.class,
            SchemaOrg.Graph.class,
            Problem.class,
            Problem.Invalid.class,
            EventStatus.class,
            IssueStatus.class,
            Mode.class,
            Region.class
        })
final class JsonReflection {

    private JsonReflection() {}
}
