package org.ccmplatform.sponsorship;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SponsorshipContributions extends Repository<SponsorshipContribution, Long> {

    /** A year's contributions, oldest first: a handful a year. */
    @EntityGraph(attributePaths = {"donorState", "donorOrganisation"})
    @Query("select c from SponsorshipContribution c where c.year = :year order by c.receivedOn, c.id")
    List<SponsorshipContribution> ofYear(@Param("year") int year);

    @Query("select coalesce(sum(c.amount), 0) from SponsorshipContribution c where c.year = :year")
    BigDecimal totalOf(@Param("year") int year);

    @Query("select coalesce(sum(c.amount), 0) from SponsorshipContribution c where c.year < :year")
    BigDecimal totalBefore(@Param("year") int year);

    /** Per year: (year, total, number of donors). */
    @Query("""
            select c.year, sum(c.amount), count(distinct c.donorState.id) + count(distinct c.donorOrganisation.id)
            from SponsorshipContribution c group by c.year
            """)
    List<Object[]> byYear();

    boolean existsByReferenceIgnoreCase(String reference);

    long count();

    SponsorshipContribution save(SponsorshipContribution contribution);
}
