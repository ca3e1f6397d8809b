package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Disbursements extends Repository<Disbursement, Long> {

    @Query("select d from Disbursement d join fetch d.pledge where d.pledge.id = :pledgeId order by d.paidOn, d.id")
    List<Disbursement> ofPledge(@Param("pledgeId") long pledgeId);

    @Query("select coalesce(sum(d.amount), 0) from Disbursement d where d.pledge.id = :pledgeId")
    BigDecimal paidOn(@Param("pledgeId") long pledgeId);

    /** What was paid on each of some pledges: (pledge id, total). */
    @Query("select d.pledge.id, sum(d.amount) from Disbursement d where d.pledge.id in :ids group by d.pledge.id")
    List<Object[]> paidOn(@Param("ids") Collection<Long> pledgeIds);

    /** The tranches of some pledges, oldest first: for the IATI export, in one query. */
    @Query("select d from Disbursement d where d.pledge.id in :ids order by d.pledge.id, d.paidOn, d.id")
    List<Disbursement> ofPledges(@Param("ids") Collection<Long> pledgeIds);

    Disbursement save(Disbursement disbursement);
}
