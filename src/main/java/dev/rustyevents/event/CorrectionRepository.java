package dev.rustyevents.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Queries on operators' corrections of events, and the admin's lookup of an event hidden or not.
 */
@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<EventCorrection, Long> {

    /**
     * @return the correction of this event, if it has one
     */
    public Optional<EventCorrection> findByEvent(Event event) {
        return find("event", event).firstResultOptional();
    }

    /**
     * @return every correction by the id of its event: an ingest's snapshot (operators correct a
     *     handful of events, so the table is small)
     */
    public Map<Long, EventCorrection> byEventId() {
        return listAll().stream().collect(Collectors.toMap(c -> c.event.id, Function.identity()));
    }

    /**
     * @param uid an event's public id
     * @return the event with this id, hidden or not; for the admin endpoints only (every public
     *     read leaves hidden events out)
     */
    public Optional<Event> findEventByUid(String uid) {
        if (!EventRepository.possibleUid(uid)) {
            return Optional.empty();
        }
        return getEntityManager()
                .createQuery("from Event e where e.uid = :uid", Event.class)
                .setParameter("uid", uid)
                .getResultStream()
                .findFirst();
    }
}
