package org.ccmplatform.accounts;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UserAccounts extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(Long id);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where (:pattern is null or lower(u.username) like :pattern escape '\\'
                   or lower(u.displayName) like :pattern escape '\\')
            order by u.username
            """)
    Page<UserAccount> search(@Param("pattern") String pattern, Pageable pageable);

    UserAccount save(UserAccount account);
}
