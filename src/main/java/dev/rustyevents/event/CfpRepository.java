package dev.rustyevents.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every query on calls for proposals; {@code count()} is Panache's. */
@ApplicationScoped
public class CfpRepository implements PanacheRepositoryBase<CallForProposals, Long> {

    private static final Sort BY_DEADLINE = Sort.by("deadline").and("name").and("id");

    /**
     * @param from first closing day (inclusive), a local calendar date
     * @return the calls closing on or after {@code from}, by deadline, then name and id
     */
    public List<CallForProposals> listFrom(LocalDate from) {
        return list("deadline >= ?1", BY_DEADLINE, from);
    }

    /** @return the call with this identity key, for the ingest's upsert. */
    public Optional<CallForProposals> findByIdentity(String identityKey) {
        return find("identityKey", identityKey).firstResultOptional();
    }
}
