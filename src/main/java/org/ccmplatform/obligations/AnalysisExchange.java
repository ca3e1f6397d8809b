package org.ccmplatform.obligations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A question of the Analysis Group to the requesting State, and the State's answer, kept on the record. */
@Entity
@Audited
public class AnalysisExchange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ExtensionRequest request;

    private String question;

    private String askedBy;

    private Instant askedAt;

    private String answer;

    private String answeredBy;

    private Instant answeredAt;

    @Version
    private long version;

    protected AnalysisExchange() {}

    AnalysisExchange(ExtensionRequest request, String question, String askedBy, Instant askedAt) {
        if (question == null || question.isBlank()) {
            throw new RuleViolation("question", "validation.required");
        }
        if (question.length() > 4000) {
            throw new RuleViolation("question", "validation.tooLong", 4000);
        }
        this.request = request;
        this.question = question.strip();
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    void answer(String text, String by, Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("answer", "validation.required");
        }
        if (text.length() > 8000) {
            throw new RuleViolation("answer", "validation.tooLong", 8000);
        }
        if (answer != null) {
            throw new RuleViolation("answer", "extension.alreadyAnswered");
        }
        this.answer = text.strip();
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long id() {
        return id;
    }

    public String question() {
        return question;
    }

    public String askedBy() {
        return askedBy;
    }

    public java.time.LocalDateTime askedAtUtc() {
        return java.time.LocalDateTime.ofInstant(askedAt, java.time.ZoneOffset.UTC);
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public java.time.LocalDateTime answeredAtUtc() {
        return answeredAt == null ? null : java.time.LocalDateTime.ofInstant(answeredAt, java.time.ZoneOffset.UTC);
    }

    public long version() {
        return version;
    }
}
