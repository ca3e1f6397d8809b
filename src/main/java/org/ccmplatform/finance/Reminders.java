package org.ccmplatform.finance;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Reminders extends Repository<ReminderRun, Long> {

    @Query("select r from ReminderRun r order by r.runAt desc")
    List<ReminderRun> runs();

    ReminderRun save(ReminderRun run);
}
