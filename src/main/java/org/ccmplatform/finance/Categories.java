package org.ccmplatform.finance;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Categories extends Repository<ContributionCategory, Long> {

    @Query("""
            select c from ContributionCategory c where c.validFrom <= :year and (c.validTo is null or c.validTo >= :year)
            order by c.code
            """)
    List<ContributionCategory> inForce(@Param("year") int year);

    @Query("select c from ContributionCategory c order by c.validFrom, c.code")
    List<ContributionCategory> all();

    ContributionCategory save(ContributionCategory category);
}
