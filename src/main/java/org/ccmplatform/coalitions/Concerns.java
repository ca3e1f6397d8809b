package org.ccmplatform.coalitions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface Concerns extends Repository<Concern, Long> {

    List<Concern> findTop100ByCoalitionOrderByRaisedAtDesc(Coalition coalition);

    List<Concern> findTop100ByCoalitionAndRaisedByUserIdOrderByRaisedAtDesc(Coalition coalition, Long userId);

    Optional<Concern> findByIdAndCoalition(Long id, Coalition coalition);

    Concern save(Concern concern);
}
