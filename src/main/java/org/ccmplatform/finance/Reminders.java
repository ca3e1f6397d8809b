package org.ccmplatform.finance;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Reminders extends Repository<ReminderRun, Long> {

    @Query("select r from ReminderRun r order by r.runAt desc")
    List<ReminderRun> runs();

    ReminderRun save(ReminderRun run);

    @EntityGraph(attributePaths = {"state", "run"})
    @Query("select l from ReminderLetter l where l.run.id in :runIds order by l.state.iso3")
    List<ReminderLetter> lettersOf(@Param("runIds") List<Long> runIds);

}
