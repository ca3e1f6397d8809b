package org.ccmplatform.finance;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ScaleRates extends Repository<ScaleRate, Long> {

    @EntityGraph(attributePaths = "state")
    @Query("select r from ScaleRate r where r.validFrom <= :year and r.validTo >= :year")
    List<ScaleRate> inForce(@Param("year") int year);

    @Query("select count(r) > 0 from ScaleRate r where r.validFrom <= :to and r.validTo >= :from")
    boolean overlaps(@Param("from") int from, @Param("to") int to);

    @Query("select count(r) > 0 from ScaleRate r where r.validFrom <= :year and r.validTo >= :year and r.illustrative = true")
    boolean illustrativeIn(@Param("year") int year);

    <S extends ScaleRate> List<S> saveAll(Iterable<S> rates);
}
