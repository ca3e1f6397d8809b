package org.ccmplatform.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface States extends Repository<State, Long>, JpaSpecificationExecutor<State> {

    Optional<State> findByIso3(String iso3);

    Optional<State> findById(Long id);

    boolean existsByIso3(String iso3);

    boolean existsByIso2(String iso2);

    List<State> findByIso3In(Collection<String> iso3);

    List<State> findAllByOrderBySearchEnAsc();

    State save(State state);

    long count();
}
