package org.ccmplatform.finance;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ReminderLetters extends Repository<ReminderLetter, Long> {

    ReminderLetter save(ReminderLetter letter);

    /** The letters of some runs; in this repository, whose entity graph is the letter's (state and run). */
    @EntityGraph(attributePaths = {"state", "run"})
    @Query("select l from ReminderLetter l where l.run.id in :runIds order by l.state.iso3")
    List<ReminderLetter> lettersOf(@Param("runIds") List<Long> runIds);
}
