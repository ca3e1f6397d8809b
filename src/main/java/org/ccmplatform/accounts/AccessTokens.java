package org.ccmplatform.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface AccessTokens extends Repository<AccessToken, Long> {

    @EntityGraph(attributePaths = "user")
    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findTop50ByUserOrderByCreatedAtDesc(UserAccount user);

    Optional<AccessToken> findByIdAndUser(Long id, UserAccount user);

    AccessToken save(AccessToken token);
}
