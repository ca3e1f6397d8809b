package org.ccmplatform.universalization;

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
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * What is known of a State not party: its category, whether it produces or holds (stockpiles) cluster munitions, and
 * a note, each assessment with its source. Whether it signed or joined is the registry's.
 */
@Entity
@Audited
public class UniversalizationProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @Enumerated(EnumType.STRING)
    private Category category;

    private boolean producer;

    private boolean holder;

    private String note;

    private String source;

    private String changedBy;

    @Version
    private long version;

    protected UniversalizationProfile() {}

    UniversalizationProfile(State state) {
        this.state = state;
        this.category = Category.NOT_ASSESSED;
    }

    /** Records the assessment; anything assessed needs its source. */
    void assess(Category category, boolean producer, boolean holder, String note, String source, String by) {
        if (category == null) {
            throw new RuleViolation("category", "validation.required");
        }
        String cleanNote = clean(note);
        String cleanSource = clean(source);
        if (cleanSource == null && (category != Category.NOT_ASSESSED || producer || holder || cleanNote != null)) {
            throw new RuleViolation("source", "universalization.sourceRequired");
        }
        this.category = category;
        this.producer = producer;
        this.holder = holder;
        this.note = cleanNote;
        this.source = cleanSource;
        this.changedBy = by;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Category category() {
        return category;
    }

    public boolean producer() {
        return producer;
    }

    public boolean holder() {
        return holder;
    }

    public String note() {
        return note;
    }

    public String source() {
        return source;
    }

    public String changedBy() {
        return changedBy;
    }

    public long version() {
        return version;
    }
}
