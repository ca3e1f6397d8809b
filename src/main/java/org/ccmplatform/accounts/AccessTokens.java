package org.ccmplatform.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AccessTokens extends Repository<AccessToken, Long> {

    @EntityGraph(attributePaths = "user")
    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findTop50ByUserOrderByCreatedAtDesc(UserAccount user);

    Optional<AccessToken> findByIdAndUser(Long id, UserAccount user);

    AccessToken save(AccessToken token);

    /**
     * Notes when a token was last used, unless that was after {@code notBefore}. Not a versioned edit of the token:
     * scripts use one token in parallel, and each of their requests must be answered.
     */
    @Modifying
    @Query("""
            update AccessToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)""")
    int markUsed(@Param("id") Long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
