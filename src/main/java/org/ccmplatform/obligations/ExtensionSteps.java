package org.ccmplatform.obligations;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface ExtensionSteps extends Repository<ExtensionStep, Long> {

    List<ExtensionStep> findByRequestOrderByTakenAtAscIdAsc(ExtensionRequest request);

    List<ExtensionStep> findByRequestInOrderByTakenAtAscIdAsc(Collection<ExtensionRequest> requests);

    ExtensionStep save(ExtensionStep step);
}
