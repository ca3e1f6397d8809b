package org.ccmplatform.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** What a meeting decided, under one of its agenda items. */
@Entity
@Audited
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    private String text;

    private int position;

    @Version
    private long version;

    protected Decision() {}

    Decision(Meeting meeting, AgendaItem agendaItem, String text, int position) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "validation.required");
        }
        meeting.checkMinutesEditable();
        this.meeting = meeting;
        this.agendaItem = agendaItem;
        this.text = text.strip();
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public AgendaItem agendaItem() {
        return agendaItem;
    }

    public String text() {
        return text;
    }

    public int position() {
        return position;
    }
}
