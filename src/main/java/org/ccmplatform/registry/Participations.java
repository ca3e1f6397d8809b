package org.ccmplatform.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface Participations extends Repository<Participation, Long> {

    Optional<Participation> findByStateAndTreaty(State state, Treaty treaty);

    @EntityGraph(attributePaths = "treaty")
    List<Participation> findByStateOrderByTreatyIdAsc(State state);

    List<Participation> findByTreatyAndStateIn(Treaty treaty, Collection<State> states);

    @EntityGraph(attributePaths = "treaty")
    List<Participation> findByStateIn(Collection<State> states);

    @EntityGraph(attributePaths = {"state", "treaty"})
    List<Participation> findByTreatyOrderByDepositDateAsc(Treaty treaty);

    Participation save(Participation participation);
}
