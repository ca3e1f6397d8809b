package org.ccmplatform.coalitions;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.meetings.ActionPoint;
import org.ccmplatform.meetings.ActionPointStatus;
import org.ccmplatform.meetings.ActionPointTracker;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Postman;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mid-term updates: between two meetings the national authority says where each open action point stands, and the
 * members are told by e-mail, each in the language of their account.
 */
@Service
public class MidTermDesk {

    /** The national authority's word on one action point. */
    public record PointUpdate(ActionPointStatus status, String note) {}

    private final CoalitionRegister register;
    private final CoalitionMembers members;
    private final CoalitionMeetings links;
    private final MidTermUpdates updates;
    private final ActionPointTracker tracker;
    private final AccountService accounts;
    private final Postman postman;
    private final MessageSource messages;
    private final Clock clock;

    MidTermDesk(CoalitionRegister register, CoalitionMembers members, CoalitionMeetings links, MidTermUpdates updates,
            ActionPointTracker tracker, AccountService accounts, Postman postman, MessageSource messages,
            Clock clock) {
        this.register = register;
        this.members = members;
        this.links = links;
        this.updates = updates;
        this.tracker = tracker;
        this.accounts = accounts;
        this.postman = postman;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public MidTermUpdate post(long coalitionId, Map<Long, PointUpdate> byActionPoint, String summary,
            CurrentUser user) {
        Coalition coalition = register.get(coalitionId);
        List<CoalitionMember> all = members.ofCoalition(coalition);
        if (!new CoalitionAccess(all, user).isNationalAuthority()) {
            throw new AccessDeniedException("Only the national authority posts a mid-term update");
        }
        if (summary != null && summary.length() > 4000) {
            throw new RuleViolation("summary", "validation.tooLong", 4000);
        }
        List<ActionPoint> open = tracker.pendingOf(links.meetingIdsOf(coalition.id()));
        int posted = 0;
        for (ActionPoint point : open) {
            PointUpdate update = byActionPoint.get(point.id());
            if (update != null && (update.status() != point.status()
                    || (update.note() != null && !update.note().isBlank()))) {
                tracker.postMidTermOnBehalf(point, update.status(), update.note(), user.getUsername());
                posted++;
            }
        }
        if (posted == 0 && (summary == null || summary.isBlank())) {
            throw new RuleViolation("summary", "midTerm.empty");
        }
        int notified = notifyMembers(coalition, all, summary, posted);
        return updates.save(new MidTermUpdate(coalition, user.getUsername(), clock.instant(), summary, posted,
                notified));
    }

    private int notifyMembers(Coalition coalition, List<CoalitionMember> all, String summary, int posted) {
        if (!postman.isConfigured()) {
            return 0;
        }
        Set<Long> stateIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        all.forEach(m -> {
            if (m.state() != null) {
                stateIds.add(m.state().id());
            } else {
                organisationIds.add(m.organisation().id());
            }
        });
        Map<Language, List<String>> recipients = accounts.emailsActingFor(stateIds, organisationIds);
        int notified = 0;
        for (Map.Entry<Language, List<String>> group : recipients.entrySet()) {
            var locale = group.getKey().locale();
            String text = messages.getMessage("midTerm.mail.text", new Object[] {coalition.name(), posted,
                summary == null ? "" : summary}, locale);
            postman.send(group.getValue(), messages.getMessage("midTerm.mail.subject",
                    new Object[] {coalition.name()}, locale), text, List.of());
            notified += group.getValue().size();
        }
        return notified;
    }
}
