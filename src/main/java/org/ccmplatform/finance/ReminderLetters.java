package org.ccmplatform.finance;

import org.springframework.data.repository.Repository;

interface ReminderLetters extends Repository<ReminderLetter, Long> {

    ReminderLetter save(ReminderLetter letter);
}
