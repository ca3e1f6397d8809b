package org.ccmplatform.obligations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AnalysisExchanges extends Repository<AnalysisExchange, Long> {

    List<AnalysisExchange> findByRequestOrderByAskedAtAsc(ExtensionRequest request);

    Optional<AnalysisExchange> findByIdAndRequest(Long id, ExtensionRequest request);

    AnalysisExchange save(AnalysisExchange exchange);
}
