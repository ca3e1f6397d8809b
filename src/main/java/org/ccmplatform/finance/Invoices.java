package org.ccmplatform.finance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Invoices extends Repository<Invoice, Long> {

    @EntityGraph(attributePaths = "state")
    @Query("select i from Invoice i where i.budgetYear = :year order by i.number")
    List<Invoice> ofYear(@Param("year") int year);

    @EntityGraph(attributePaths = "state")
    Optional<Invoice> findById(Long id);

    /** Every invoice not cancelled: a bounded set (States Parties times years). */
    @EntityGraph(attributePaths = "state")
    @Query("select i from Invoice i where i.status = org.ccmplatform.finance.InvoiceStatus.ISSUED")
    List<Invoice> issued();

    boolean existsByStateIdAndBudgetYearAndStatus(Long stateId, int budgetYear, InvoiceStatus status);

    /** Locks the year's counter row until the transaction ends, so that two issuers never invoice a State twice. */
    @Modifying
    @Query(value = "update invoice_counter set last_number = last_number where counter_year = :year",
            nativeQuery = true)
    int lockCounter(@Param("year") int year);

    Invoice save(Invoice invoice);

    /** Takes the next number of a year; the row lock makes concurrent issuers wait, so numbers have no gaps. */
    @Modifying
    @Query(value = "update invoice_counter set last_number = last_number + 1 where counter_year = :year",
            nativeQuery = true)
    int advanceCounter(@Param("year") int year);

    @Modifying
    @Query(value = "insert into invoice_counter (counter_year, last_number) values (:year, 0)", nativeQuery = true)
    int startCounter(@Param("year") int year);

    @Query(value = "select last_number from invoice_counter where counter_year = :year", nativeQuery = true)
    Integer counter(@Param("year") int year);
}
