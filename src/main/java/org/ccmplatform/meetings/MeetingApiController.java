package org.ccmplatform.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings for scripts: the same meetings as the pages show the caller (public ones without signing in). */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings of every body; those not public only for their participants")
class MeetingApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final MeetingPlanner planner;

    MeetingApiController(MeetingPlanner planner) {
        this.planner = planner;
    }

    record MeetingSummary(long id, MeetingBody body, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String timeZone, String place, boolean online, MeetingStatus status, MinutesStatus minutesStatus) {

        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.id(), m.body(), m.title(), m.start().toOffsetDateTime(),
                    m.end().toOffsetDateTime(), m.zone().getId(), m.place(), m.online(), m.status(), m.minutesStatus());
        }
    }

    record AgendaItemResponse(long id, String number, String title, Long approvesMinutesOf, String minutes) {}

    record PersonResponse(String fullName, String functionTitle, Attendance attendance) {}

    record ParticipantResponse(String delegation, String stateIso3, Long organisationId, DelegationRole role,
            List<PersonResponse> people) {}

    record DecisionResponse(String text, String agendaItem) {}

    record ActionPointResponse(long id, String text, String owner, String ownerStateIso3, Long ownerOrganisationId,
            LocalDate dueDate, ActionPointStatus status, boolean overdue, long meetingId) {

        static ActionPointResponse of(ActionPoint a, Locale locale, LocalDate today) {
            return new ActionPointResponse(a.id(), a.text(), a.ownerName(locale),
                    a.ownerState() == null ? null : a.ownerState().iso3(),
                    a.ownerOrganisation() == null ? null : a.ownerOrganisation().id(), a.dueDate(), a.status(),
                    a.isOverdueOn(today), a.meeting().id());
        }
    }

    record MeetingResponse(MeetingSummary meeting, List<String> languages, List<AgendaItemResponse> agendaItems,
            List<ParticipantResponse> participants, List<DecisionResponse> decisions,
            List<ActionPointResponse> actionPoints, MeetingSummary nextMeeting) {}

    @GetMapping
    @Operation(summary = "Meetings the caller may see, newest first")
    PageResponse<MeetingSummary> meetings(
            @Parameter(description = "MEETING_OF_STATES_PARTIES, REVIEW_CONFERENCE, COORDINATION_COMMITTEE, "
                    + "INTERSESSIONAL_MEETING, WORKSHOP, COALITION_MEETING or TECHNICAL_WORKING_GROUP")
                    @RequestParam(required = false) String body,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        if (page < 0) {
            throw new RuleViolation("page", "validation.min", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "validation.range", 1, MAX_PAGE_SIZE);
        }
        MeetingBody wanted = MeetingQuery.body(body);
        Set<MeetingBody> bodies = wanted == null ? EnumSet.allOf(MeetingBody.class) : EnumSet.of(wanted);
        return PageResponse.of(planner.list(new MeetingFilter(bodies, MeetingQuery.day(from, "from"),
                MeetingQuery.day(to, "to")), user, PageRequest.of(page, size)), MeetingSummary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting: agenda with minutes, participants, decisions, action points, next meeting")
    MeetingResponse meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        MeetingRecord record = planner.record(id, user);
        Meeting m = record.meeting();
        return new MeetingResponse(MeetingSummary.of(m),
                m.languages().stream().map(Language::tag).toList(),
                record.agendaInOrder().stream().map(i -> new AgendaItemResponse(i.id(), i.number(), i.title(),
                        i.approvesMinutesOf() == null ? null : i.approvesMinutesOf().id(), i.minutesText())).toList(),
                record.delegations().stream().map(d -> new ParticipantResponse(d.name(locale),
                        d.state() == null ? null : d.state().iso3(),
                        d.organisation() == null ? null : d.organisation().id(), d.role(),
                        record.participantsOf(d).stream().map(p -> new PersonResponse(p.fullName(), p.functionTitle(),
                                p.attendance())).toList())).toList(),
                record.decisions().stream().map(d -> new DecisionResponse(d.text(),
                        d.agendaItem() == null ? null : d.agendaItem().number())).toList(),
                record.actionPoints().stream().map(a -> ActionPointResponse.of(a, locale, record.today())).toList(),
                m.nextMeeting() == null ? null : MeetingSummary.of(m.nextMeeting()));
    }
}
