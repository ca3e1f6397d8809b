package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReserveMovements extends Repository<ReserveMovement, Long> {

    @EntityGraph(attributePaths = "state")
    @Query("select m from ReserveMovement m order by m.movedOn, m.id")
    List<ReserveMovement> inOrder();

    @Query("""
            select coalesce(sum(case when m.kind = org.ccmplatform.finance.ReserveMovement.Kind.DRAW
             then -m.amount else m.amount end), 0) from ReserveMovement m
            """)
    BigDecimal balance();

    ReserveMovement save(ReserveMovement movement);
}
