package org.ccmplatform.coalitions;

import java.util.List;
import org.springframework.data.repository.Repository;

interface MidTermUpdates extends Repository<MidTermUpdate, Long> {

    List<MidTermUpdate> findTop20ByCoalitionOrderByPostedAtDesc(Coalition coalition);

    MidTermUpdate save(MidTermUpdate update);
}
