package org.ccmplatform.meetings;

import java.util.List;
import org.springframework.data.repository.Repository;

interface Circulations extends Repository<Circulation, Long> {

    List<Circulation> findByMeetingOrderBySentAtDesc(Meeting meeting);

    Circulation save(Circulation circulation);
}
