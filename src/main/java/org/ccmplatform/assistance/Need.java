package org.ccmplatform.assistance;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/** An affected State's need for assistance, with its cost, period and evidence, serving one of its obligations. */
@Entity
@Audited
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private Long obligationId;

    @Enumerated(EnumType.STRING)
    private Article article;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    private String place;

    private String title;

    private BigDecimal quantity;

    private String unit;

    private BigDecimal cost;

    private String currency;

    private int startYear;

    private int endYear;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private String evidence;

    private Long documentId;

    @Column(name = "public_need")
    private boolean publicNeed;

    @Enumerated(EnumType.STRING)
    private NeedStatus status;

    private String postedBy;

    private LocalDate postedOn;

    @Version
    private long version;

    protected Need() {}

    Need(State state, long obligationId, Article article, NeedDetails details, String postedBy, LocalDate postedOn) {
        this.state = state;
        this.obligationId = obligationId;
        this.article = article;
        this.status = NeedStatus.OPEN;
        this.postedBy = postedBy;
        this.postedOn = postedOn;
        describe(details);
    }

    void describe(NeedDetails details) {
        if (article != null) {
            details.checkServes(article);
        }
        this.theme = details.theme();
        this.place = details.place();
        this.title = details.title();
        this.quantity = details.quantity();
        this.unit = details.unit();
        this.cost = details.cost().amount();
        this.currency = details.cost().currency();
        this.startYear = details.startYear();
        this.endYear = details.endYear();
        this.priority = details.priority();
        this.evidence = details.evidence();
        this.publicNeed = details.publicNeed();
    }

    void attach(Long documentId) {
        this.documentId = documentId;
    }

    void close() {
        if (status == NeedStatus.CLOSED) {
            throw new RuleViolation("status", "need.alreadyClosed");
        }
        status = NeedStatus.CLOSED;
    }

    void reopen() {
        status = NeedStatus.OPEN;
    }

    public NeedDetails details() {
        return new NeedDetails(theme, place, title, quantity, unit, cost(), startYear, endYear, priority, evidence,
                publicNeed);
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public long obligationId() {
        return obligationId;
    }

    public Article article() {
        return article;
    }

    public Theme theme() {
        return theme;
    }

    public String place() {
        return place;
    }

    public String title() {
        return title;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public Money cost() {
        return new Money(cost, currency);
    }

    public int startYear() {
        return startYear;
    }

    public int endYear() {
        return endYear;
    }

    public int years() {
        return endYear - startYear + 1;
    }

    public Priority priority() {
        return priority;
    }

    public String evidence() {
        return evidence;
    }

    public Long documentId() {
        return documentId;
    }

    public boolean isPublic() {
        return publicNeed;
    }

    public NeedStatus status() {
        return status;
    }

    public String postedBy() {
        return postedBy;
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public long version() {
        return version;
    }
}
