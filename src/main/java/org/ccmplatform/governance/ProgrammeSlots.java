package org.ccmplatform.governance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ProgrammeSlots extends Repository<ProgrammeSlot, Long> {

    @EntityGraph(attributePaths = "state")
    @Query("select s from ProgrammeSlot s where s.msp.id = :msp order by s.slotDay, s.position, s.id")
    List<ProgrammeSlot> of(@Param("msp") long msp);

    @Query("select coalesce(max(s.position), 0) from ProgrammeSlot s where s.msp.id = :msp and s.slotDay = :day")
    int lastPosition(@Param("msp") long msp, @Param("day") LocalDate day);

    ProgrammeSlot save(ProgrammeSlot slot);
}
