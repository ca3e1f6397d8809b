package org.ccmplatform.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A person in a delegation, with whether they were invited, confirmed, came or sent apologies. */
@Entity
@Audited
@Table(name = "meeting_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    private String fullName;

    private String functionTitle;

    private String email;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    private int position;

    @Version
    private long version;

    protected Participant() {}

    Participant(Delegation delegation, String fullName, String functionTitle, String email, Attendance attendance,
            int position) {
        if (fullName == null || fullName.isBlank()) {
            throw new RuleViolation("fullName", "validation.required");
        }
        this.delegation = delegation;
        this.fullName = fullName.strip();
        this.functionTitle = functionTitle == null || functionTitle.isBlank() ? null : functionTitle.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.attendance = attendance == null ? Attendance.INVITED : attendance;
        this.position = position;
    }

    void record(Attendance newAttendance) {
        if (newAttendance == null) {
            throw new RuleViolation("attendance", "validation.required");
        }
        this.attendance = newAttendance;
    }

    public Long id() {
        return id;
    }

    public Delegation delegation() {
        return delegation;
    }

    public String fullName() {
        return fullName;
    }

    public String functionTitle() {
        return functionTitle;
    }

    public String email() {
        return email;
    }

    public Attendance attendance() {
        return attendance;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }
}
