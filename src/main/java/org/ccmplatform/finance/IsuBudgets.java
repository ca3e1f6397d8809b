package org.ccmplatform.finance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface IsuBudgets extends Repository<IsuBudget, Long> {

    Optional<IsuBudget> findByBudgetYear(int budgetYear);

    @Query("select b from IsuBudget b order by b.budgetYear desc")
    List<IsuBudget> all();

    IsuBudget save(IsuBudget budget);
}
