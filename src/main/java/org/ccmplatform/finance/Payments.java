package org.ccmplatform.finance;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Payments extends Repository<Payment, Long> {

    boolean existsByBankReference(String bankReference);

    @EntityGraph(attributePaths = {"state", "invoice", "allocations"})
    @Query("select p from Payment p where p.budgetYear = :year order by p.receivedOn, p.id")
    List<Payment> ofYear(@Param("year") int year);

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.invoice.id = :invoiceId")
    java.math.BigDecimal paidOn(@Param("invoiceId") long invoiceId);

    /** What was paid towards each invoice: (invoice id, total). */
    @Query("select p.invoice.id, sum(p.amount) from Payment p where p.invoice is not null group by p.invoice.id")
    List<Object[]> paidPerInvoice();

    Payment save(Payment payment);
}
