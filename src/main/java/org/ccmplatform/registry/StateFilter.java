package org.ccmplatform.registry;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.SearchText;
import org.springframework.data.jpa.domain.Specification;

/** What a States list is narrowed to: standing under a treaty, a region, a name in the reader's language. */
public record StateFilter(Treaty treaty, ParticipationStatus status, UnRegion region, String query) {

    Specification<State> toSpecification(Language language, LocalDate today) {
        return (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (region != null) {
                predicates.add(cb.equal(root.get("region"), region));
            }
            if (query != null && !query.isBlank()) {
                String code = query.strip().toUpperCase(java.util.Locale.ROOT);
                predicates.add(cb.or(
                        cb.like(root.get(State.searchProperty(language)), SearchText.containing(query), '\\'),
                        cb.equal(root.get("iso3"), code),
                        cb.equal(root.get("iso2"), code)));
            }
            if (status != null && treaty != null) {
                Predicate party = participates(root, cq, cb, today, ParticipationStatus.STATE_PARTY);
                Predicate signatory = participates(root, cq, cb, today, ParticipationStatus.SIGNATORY);
                predicates.add(switch (status) {
                    case STATE_PARTY -> party;
                    case SIGNATORY -> signatory;
                    case NOT_PARTY -> cb.and(cb.not(party), cb.not(signatory));
                });
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The SQL twin of {@link Participation#statusOn(LocalDate)}. */
    private Predicate participates(Root<State> root, jakarta.persistence.criteria.CriteriaQuery<?> cq,
            CriteriaBuilder cb, LocalDate today, ParticipationStatus wanted) {
        Subquery<Long> sub = cq.subquery(Long.class);
        Root<Participation> p = sub.from(Participation.class);
        Predicate deposited = cb.and(cb.isNotNull(p.get("depositDate")),
                cb.lessThanOrEqualTo(p.<LocalDate>get("depositDate"), today));
        Predicate condition = wanted == ParticipationStatus.STATE_PARTY
                ? cb.and(deposited, cb.or(cb.isNull(p.get("withdrawalEffective")),
                        cb.greaterThan(p.<LocalDate>get("withdrawalEffective"), today)))
                : cb.and(cb.not(deposited), cb.isNotNull(p.get("signatureDate")),
                        cb.lessThanOrEqualTo(p.<LocalDate>get("signatureDate"), today));
        sub.select(p.get("id")).where(cb.equal(p.get("state"), root), cb.equal(p.get("treaty"), treaty), condition);
        return cb.exists(sub);
    }
}
