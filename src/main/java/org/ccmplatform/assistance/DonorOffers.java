package org.ccmplatform.assistance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface DonorOffers extends Repository<DonorOffer, Long> {

    @EntityGraph(attributePaths = {"donorState", "donorOrganisation"})
    @Query(value = "select o from DonorOffer o order by o.toYear desc, o.id",
            countQuery = "select count(o) from DonorOffer o")
    Page<DonorOffer> list(Pageable pageable);

    /** Every offer still running in or after a year: the candidates for matching (one per donor and programme). */
    @EntityGraph(attributePaths = {"donorState", "donorOrganisation"})
    @Query("select o from DonorOffer o where o.toYear >= :year")
    List<DonorOffer> runningFrom(@Param("year") int year);

    @EntityGraph(attributePaths = {"donorState", "donorOrganisation"})
    Optional<DonorOffer> findById(Long id);

    DonorOffer save(DonorOffer offer);
}
