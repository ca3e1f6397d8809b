package org.ccmplatform.sponsorship;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SponsorshipApplications extends Repository<SponsorshipApplication, Long> {

    String COST = """
            case when a.status = org.ccmplatform.sponsorship.ApplicationStatus.COSTS_RECORDED
                 then a.travelActual + a.dsaActual else a.allocated end
            """;

    String FILTER = """
             (:stateId is null or a.state.id = :stateId) and (:meetingId is null or a.meeting.id = :meetingId)
             and (:year is null or a.year = :year) and (:status is null or a.status = :status)
            """;

    @EntityGraph(attributePaths = {"meeting", "state"})
    Optional<SponsorshipApplication> findById(Long id);

    @EntityGraph(attributePaths = {"meeting", "state"})
    @Query(value = "select a from SponsorshipApplication a where" + FILTER,
            countQuery = "select count(a) from SponsorshipApplication a where" + FILTER)
    Page<SponsorshipApplication> list(@Param("stateId") Long stateId, @Param("meetingId") Long meetingId,
            @Param("year") Integer year, @Param("status") ApplicationStatus status, Pageable pageable);

    /** The sponsored delegates of a year, meeting by meeting: some tens a year. */
    @EntityGraph(attributePaths = {"meeting", "state"})
    @Query("""
            select a from SponsorshipApplication a where a.year = :year and a.status in :statuses
            order by a.meeting.startsAt, a.id
            """)
    List<SponsorshipApplication> ofYear(@Param("year") int year,
            @Param("statuses") Collection<ApplicationStatus> statuses);

    @EntityGraph(attributePaths = {"meeting", "state"})
    @Query("select a from SponsorshipApplication a where a.meeting.id = :meetingId order by a.id")
    List<SponsorshipApplication> ofMeeting(@Param("meetingId") long meetingId);

    /** What the sponsored delegates of the years before cost: the actual costs where recorded, else the allocation. */
    @Query("select coalesce(sum(" + COST + "), 0) from SponsorshipApplication a where a.year < :year and a.status in "
            + "(org.ccmplatform.sponsorship.ApplicationStatus.SELECTED, "
            + "org.ccmplatform.sponsorship.ApplicationStatus.COSTS_RECORDED)")
    BigDecimal costBefore(@Param("year") int year);

    @Query("select coalesce(sum(" + COST + "), 0) from SponsorshipApplication a where a.year = :year and a.status in "
            + "(org.ccmplatform.sponsorship.ApplicationStatus.SELECTED, "
            + "org.ccmplatform.sponsorship.ApplicationStatus.COSTS_RECORDED)")
    BigDecimal costOf(@Param("year") int year);

    /** Per year: (year, delegates, States, cost) of the sponsored delegates. */
    @Query("select a.year, count(a), count(distinct a.state.id), sum(" + COST + ") from SponsorshipApplication a "
            + "where a.status in (org.ccmplatform.sponsorship.ApplicationStatus.SELECTED, "
            + "org.ccmplatform.sponsorship.ApplicationStatus.COSTS_RECORDED) group by a.year")
    List<Object[]> byYear();

    long count();

    SponsorshipApplication save(SponsorshipApplication application);
}
