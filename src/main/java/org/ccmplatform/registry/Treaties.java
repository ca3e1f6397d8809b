package org.ccmplatform.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface Treaties extends Repository<Treaty, Long> {

    Optional<Treaty> findByCode(String code);

    List<Treaty> findAllByOrderByIdAsc();
}
