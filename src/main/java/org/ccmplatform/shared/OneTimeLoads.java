package org.ccmplatform.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a set of data once per database: again only when its content (checksum) changes. The load and its
 * marker commit together, so a failed load leaves nothing behind and is tried again at the next start.
 */
@Service
public class OneTimeLoads {

    private static final Logger log = LoggerFactory.getLogger(OneTimeLoads.class);

    private final DataLoads loads;
    private final Clock clock;

    OneTimeLoads(DataLoads loads, Clock clock) {
        this.loads = loads;
        this.clock = clock;
    }

    /** Returns true when the load ran now. */
    @Transactional
    public boolean loadOnce(String name, String checksum, Runnable load) {
        Optional<DataLoad> previous = loads.findById(name);
        if (previous.isPresent() && previous.get().checksum().equals(checksum)) {
            return false;
        }
        log.info("Loading {} ({})", name, previous.isPresent() ? "changed since last load" : "first load");
        load.run();
        Instant now = clock.instant();
        previous.ifPresentOrElse(p -> p.reloaded(checksum, now), () -> loads.save(new DataLoad(name, checksum, now)));
        return true;
    }

    public boolean hasLoaded(String name) {
        return loads.existsById(name);
    }
}
