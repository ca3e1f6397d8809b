package org.ccmplatform.obligations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the obligation pages: what a keeper types, checked for form before the rules look at it. */
final class ObligationForms {

    private ObligationForms() {}

    /** A figure reported for an obligation (Article 3 or 4), with its source. */
    static class FigureForm {
        @NotNull
        private FigureKind kind;
        private Integer year;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        @NotNull
        private BigDecimal quantity;
        @Size(max = 500)
        @PlainText
        private String reason;
        @Size(max = 300)
        @PlainText
        private String source;

        public FigureKind getKind() { return kind; }
        public void setKind(FigureKind kind) { this.kind = kind; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    /** The State's completion of an obligation, with its declaration. */
    static class CompletionForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate completedOn;
        @Size(max = 1000)
        @PlainText
        private String declaration;
        private long version;

        public LocalDate getCompletedOn() { return completedOn; }
        public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
        public String getDeclaration() { return declaration; }
        public void setDeclaration(String declaration) { this.declaration = declaration; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** Article 9: where the State stands on legislation, since when. */
    static class LegislationForm {
        @NotNull
        private Legislation legislation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate since;

        public Legislation getLegislation() { return legislation; }
        public void setLegislation(Legislation legislation) { this.legislation = legislation; }
        public LocalDate getSince() { return since; }
        public void setSince(LocalDate since) { this.since = since; }
    }

    /** An extension request begun by the State: the deadline it asks for and why. */
    static class ExtensionDraftForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate requestedDeadline;
        @Size(max = 4000)
        @PlainText
        private String justification;
        private long version;

        public LocalDate getRequestedDeadline() { return requestedDeadline; }
        public void setRequestedDeadline(LocalDate requestedDeadline) { this.requestedDeadline = requestedDeadline; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** The ISU records that a State Party carries an Article 3, 4 or 5 obligation. */
    static class DeclarationForm {
        @NotNull
        private Integer article;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate hostilitiesEnded;
        @Size(max = 300)
        @PlainText
        private String source;

        public Integer getArticle() { return article; }
        public void setArticle(Integer article) { this.article = article; }
        public LocalDate getHostilitiesEnded() { return hostilitiesEnded; }
        public void setHostilitiesEnded(LocalDate hostilitiesEnded) { this.hostilitiesEnded = hostilitiesEnded; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    /** An Article 7 report received: its kind, the year it covers, when it came, where to read it. */
    static class ReportForm {
        @NotNull
        private ReportKind kind;
        private Integer yearCovered;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        @Size(max = 500)
        @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{validation.url}")
        private String link;
        @Size(max = 300)
        @PlainText
        private String source;

        public ReportKind getKind() { return kind; }
        public void setKind(ReportKind kind) { this.kind = kind; }
        public Integer getYearCovered() { return yearCovered; }
        public void setYearCovered(Integer yearCovered) { this.yearCovered = yearCovered; }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    /** A year of an extension request's work plan: what will be destroyed or released, and at what cost. */
    static class WorkPlanForm {
        @NotNull
        private Integer year;
        @NotNull
        private BigDecimal target;
        @NotNull
        private WorkPlanYear.Unit unit;
        private BigDecimal budget;
        @Size(max = 3)
        private String currency;

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal target) { this.target = target; }
        public WorkPlanYear.Unit getUnit() { return unit; }
        public void setUnit(WorkPlanYear.Unit unit) { this.unit = unit; }
        public BigDecimal getBudget() { return budget; }
        public void setBudget(BigDecimal budget) { this.budget = budget; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
    }
}
