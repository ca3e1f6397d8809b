package org.ccmplatform.obligations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AssistanceCommitments extends Repository<AssistanceCommitment, Long> {

    List<AssistanceCommitment> findByObligationIn(Collection<Obligation> obligations);

    Optional<AssistanceCommitment> findByObligationAndKind(Obligation obligation, AssistanceCommitment.Kind kind);

    AssistanceCommitment save(AssistanceCommitment commitment);
}
