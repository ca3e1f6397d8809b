package org.ccmplatform.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.obligations.Obligation;
import org.ccmplatform.obligations.ObligationLedger;
import org.ccmplatform.obligations.ObligationView;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Documents;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.ccmplatform.shared.StoredDocument;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Needs: posted and kept by the affected State's focal point or the ISU, read by whom they are shown to. */
@Service
@Transactional(readOnly = true)
public class NeedDesk {

    private final Needs needs;
    private final ObligationLedger obligations;
    private final StateRegister states;
    private final Documents documents;
    private final Clock clock;

    NeedDesk(Needs needs, ObligationLedger obligations, StateRegister states, Documents documents, Clock clock) {
        this.needs = needs;
        this.obligations = obligations;
        this.states = states;
        this.documents = documents;
        this.clock = clock;
    }

    /** Which needs a list shows; any part may be null. */
    public record NeedFilter(String stateIso3, Theme theme, NeedStatus status, Priority priority) {}

    public Page<Need> list(NeedFilter filter, Reader reader, Pageable pageable) {
        Long stateId = filter.stateIso3() == null ? null : state(filter.stateIso3()).id();
        return needs.list(stateId, filter.theme(), filter.status(), filter.priority(), reader.seesAll(),
                reader.ownState(), pageable);
    }

    /** A need as this reader may see it: one marked not public is not found for others. */
    public Need read(long id, Reader reader) {
        Need need = needs.findById(id).orElseThrow(() -> new NotFoundException("Need", id));
        if (!reader.sees(need)) {
            throw new NotFoundException("Need", id);
        }
        return need;
    }

    @Transactional
    public Need post(String iso3, Article article, NeedDetails details, String fileName, byte[] evidencePdf,
            CurrentUser user) {
        State state = state(iso3);
        if (!Reader.of(user).keeps(state)) {
            throw new AccessDeniedException("Only the ISU and the State's focal point post its needs");
        }
        return postOnBehalf(state, article, details, fileName, evidencePdf, user.getUsername());
    }

    @Transactional
    public Need postOnBehalf(State state, Article article, NeedDetails details, String fileName, byte[] evidencePdf,
            String by) {
        Obligation obligation = obligationOf(state, article);
        Need need = needs.save(new Need(state, obligation.id(), obligation.article(), details, by, today()));
        if (evidencePdf != null && evidencePdf.length > 0) {
            StoredDocument document = documents.keepPdf("file", fileName, evidencePdf, by);
            need.attach(document.id());
        }
        return need;
    }

    @Transactional
    public Need edit(long id, long version, NeedDetails details, String fileName, byte[] evidencePdf,
            CurrentUser user) {
        Need need = kept(id, user);
        StaleEditException.check(version, need.version());
        need.describe(details);
        if (evidencePdf != null && evidencePdf.length > 0) {
            need.attach(documents.keepPdf("file", fileName, evidencePdf, user.getUsername()).id());
        }
        return need;
    }

    @Transactional
    public Need close(long id, long version, CurrentUser user) {
        Need need = kept(id, user);
        StaleEditException.check(version, need.version());
        need.close();
        return need;
    }

    @Transactional
    public Need reopen(long id, long version, CurrentUser user) {
        Need need = kept(id, user);
        StaleEditException.check(version, need.version());
        need.reopen();
        return need;
    }

    @Transactional
    public Need closeOnBehalf(Need need) {
        Need kept = needs.findById(need.id()).orElseThrow(() -> new NotFoundException("Need", need.id()));
        kept.close();
        return kept;
    }

    public StoredDocument evidence(long id, Reader reader) {
        Need need = read(id, reader);
        return documents.find(need.documentId()).orElseThrow(() -> new NotFoundException("Document", id));
    }

    /** The obligation a need serves: the State's obligation under that article, or a refusal if it has none. */
    private Obligation obligationOf(State state, Article article) {
        if (article == null) {
            throw new RuleViolation("article", "validation.required");
        }
        return obligations.ofState(state).stream()
                .map(ObligationView::obligation)
                .filter(o -> o.article() == article)
                .min(Comparator.comparing(o -> o.hostilitiesEnded() != null))
                .orElseThrow(() -> new RuleViolation("article", "need.noSuchObligation", article.number(),
                        state.iso3()));
    }

    private Need kept(long id, CurrentUser user) {
        Need need = needs.findById(id).orElseThrow(() -> new NotFoundException("Need", id));
        if (!Reader.of(user).keeps(need.state())) {
            throw new AccessDeniedException("Only the ISU and the State's focal point keep its needs");
        }
        return need;
    }

    private State state(String iso3) {
        return states.find(iso3.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new RuleViolation("state", "state.unknown", iso3));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
