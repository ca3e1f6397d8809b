package org.ccmplatform.accounts;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UserAccounts extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(Long id);

    /** The account, locked until the transaction ends, so that sign-ins arriving together are counted one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findByUsernameForUpdate(@Param("username") String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> findByIdForUpdate(@Param("id") Long id);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where (:pattern is null or lower(u.username) like :pattern escape '\\'
                   or lower(u.displayName) like :pattern escape '\\')
            order by u.username
            """)
    Page<UserAccount> search(@Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select distinct u.email, u.language from UserAccount u
            where u.enabled = true and u.email is not null
              and (u.stateId in :stateIds or u.organisationId in :organisationIds)
            """)
    java.util.List<Object[]> emailsActingFor(@Param("stateIds") java.util.Collection<Long> stateIds,
            @Param("organisationIds") java.util.Collection<Long> organisationIds);

    UserAccount save(UserAccount account);
}
