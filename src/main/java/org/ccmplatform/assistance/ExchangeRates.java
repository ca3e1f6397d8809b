package org.ccmplatform.assistance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ExchangeRates extends Repository<ExchangeRate, Long> {

    /** For each currency, the latest rate on or before a day. */
    @Query("""
            select r from ExchangeRate r where r.rateDate = (select max(s.rateDate) from ExchangeRate s
             where s.currency = r.currency and s.rateDate <= :day)
            """)
    List<ExchangeRate> latestOn(@Param("day") LocalDate day);

    @Query(value = "select r from ExchangeRate r where (:currency is null or r.currency = :currency)",
            countQuery = "select count(r) from ExchangeRate r where (:currency is null or r.currency = :currency)")
    Page<ExchangeRate> list(@Param("currency") String currency, Pageable pageable);

    boolean existsByCurrencyAndRateDate(String currency, LocalDate rateDate);

    ExchangeRate save(ExchangeRate rate);

    <S extends ExchangeRate> List<S> saveAll(Iterable<S> rates);
}
