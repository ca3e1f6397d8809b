package org.ccmplatform.universalization;

import java.util.List;
import java.util.Optional;
import org.ccmplatform.registry.State;
import org.springframework.data.repository.Repository;

interface UniversalizationProfiles extends Repository<UniversalizationProfile, Long> {

    /** Every profile: one per State assessed, under two hundred. */
    List<UniversalizationProfile> findAll();

    Optional<UniversalizationProfile> findByState(State state);

    UniversalizationProfile save(UniversalizationProfile profile);
}
