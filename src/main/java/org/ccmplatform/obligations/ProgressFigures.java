package org.ccmplatform.obligations;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface ProgressFigures extends Repository<ProgressFigure, Long> {

    List<ProgressFigure> findByObligationInOrderByIdAsc(Collection<Obligation> obligations);

    List<ProgressFigure> findByObligationOrderByIdAsc(Obligation obligation);

    ProgressFigure save(ProgressFigure figure);
}
