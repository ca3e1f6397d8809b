package org.ccmplatform.obligations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;

/** An Article 7 report as received: which State, initial or annual for which year, when, and where to read it. */
@Entity
@Audited
public class TransparencyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private Integer yearCovered;

    private LocalDate receivedOn;

    private String link;

    private Long documentId;

    private String source;

    @Version
    private long version;

    protected TransparencyReport() {}

    TransparencyReport(State state, ReportKind kind, Integer yearCovered, LocalDate receivedOn, String link,
            Long documentId, String source) {
        this.state = state;
        this.kind = kind;
        this.yearCovered = kind == ReportKind.ANNUAL ? yearCovered : null;
        this.receivedOn = receivedOn;
        this.link = link == null || link.isBlank() ? null : link.strip();
        this.documentId = documentId;
        this.source = source == null || source.isBlank() ? null : source.strip();
    }

    void attach(Long documentId) {
        this.documentId = documentId;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public ReportKind kind() {
        return kind;
    }

    public Integer yearCovered() {
        return yearCovered;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String link() {
        return link;
    }

    public Long documentId() {
        return documentId;
    }

    public String source() {
        return source;
    }
}
