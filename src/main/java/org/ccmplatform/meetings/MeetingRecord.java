package org.ccmplatform.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything shown about one meeting, read in a handful of queries: delegations with their people, the agenda with
 * its minutes, decisions, action points with their trail, the versions of the minutes and the circulations.
 */
public record MeetingRecord(
        Meeting meeting,
        List<Delegation> delegations,
        Map<Long, List<Participant>> participantsByDelegation,
        List<AgendaItem> agenda,
        List<Decision> decisions,
        List<ActionPoint> actionPoints,
        Map<Long, List<ActionPointUpdate>> updatesByActionPoint,
        List<MinutesRevision> revisions,
        List<Circulation> circulations,
        boolean runnable,
        LocalDate today) {

    public List<Participant> participantsOf(Delegation delegation) {
        return participantsByDelegation.getOrDefault(delegation.id(), List.of());
    }

    public List<ActionPointUpdate> updatesOf(ActionPoint actionPoint) {
        return updatesByActionPoint.getOrDefault(actionPoint.id(), List.of());
    }

    public List<Decision> decisionsUnder(AgendaItem item) {
        return decisions.stream().filter(d -> d.agendaItem() != null && d.agendaItem().id().equals(item.id()))
                .toList();
    }

    public List<ActionPoint> actionPointsUnder(AgendaItem item) {
        return actionPoints.stream().filter(a -> a.agendaItem() != null && a.agendaItem().id().equals(item.id()))
                .toList();
    }

    /** The agenda in reading order: each item followed by its sub-items. */
    public List<AgendaItem> agendaInOrder() {
        List<AgendaItem> top = agenda.stream().filter(a -> a.parent() == null).toList();
        return top.stream()
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t), agenda.stream()
                        .filter(a -> a.parent() != null && a.parent().id().equals(t.id()))))
                .toList();
    }

    public long peoplePresent() {
        return participantsByDelegation.values().stream().flatMap(List::stream)
                .filter(p -> p.attendance() == Attendance.PRESENT).count();
    }
}
