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
import java.time.Instant;

/** One step of an extension request's workflow, who took it and when: the request's history, never changed. */
@Entity
public class ExtensionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ExtensionRequest request;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Instant takenAt;

    private String takenBy;

    protected ExtensionStep() {}

    ExtensionStep(ExtensionRequest request, String takenBy, Instant takenAt) {
        this.request = request;
        this.status = request.status();
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public ExtensionRequest request() {
        return request;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant takenAt() {
        return takenAt;
    }

    /** The day of the step (UTC), for the history. */
    public java.time.LocalDate takenOn() {
        return java.time.LocalDate.ofInstant(takenAt, java.time.ZoneOffset.UTC);
    }

    public String takenBy() {
        return takenBy;
    }
}
