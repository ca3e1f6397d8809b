package org.ccmplatform.universalization;

import java.util.Collection;
import java.util.List;
import org.ccmplatform.registry.State;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UngaVotes extends Repository<UngaVote, Long> {

    /** The votes of the States of one page, by State then year: a few per State. */
    @Query("select v from UngaVote v where v.state in :states order by v.state.id, v.year")
    List<UngaVote> ofStates(@Param("states") Collection<State> states);

    /** The votes of these States in these years, to refuse a second vote for the same year. */
    @Query("select v from UngaVote v join fetch v.state where v.state in :states and v.year in :years")
    List<UngaVote> ofStatesInYears(@Param("states") Collection<State> states,
            @Param("years") Collection<Integer> years);

    boolean existsByStateAndYear(State state, int year);

    java.util.Optional<UngaVote> findByStateAndYear(State state, int year);

    long count();

    UngaVote save(UngaVote vote);

    List<UngaVote> saveAll(Iterable<UngaVote> votes);
}
