package org.ccmplatform.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.PlainText;
import org.ccmplatform.shared.RuleViolation;

/** A need, as its State's focal point or the ISU types it. */
class NeedForm {
    @Size(max = 3)
    private String state;
    private Integer article;
    @NotNull
    private Theme theme;
    @Size(max = 200)
    @PlainText
    private String place;
    @NotBlank
    @Size(max = 300)
    @PlainText
    private String title;
    private BigDecimal quantity;
    @Size(max = 20)
    @PlainText
    private String unit;
    @NotNull
    private BigDecimal cost;
    @NotBlank
    private String currency;
    @NotNull
    private Integer startYear;
    @NotNull
    private Integer endYear;
    @NotNull
    private Priority priority;
    @Size(max = 1000)
    @PlainText
    private String evidence;
    private boolean publicNeed = true;
    private long version;

    static NeedForm of(Need need) {
        NeedForm form = new NeedForm();
        form.state = need.state().iso3();
        form.article = need.article().number();
        NeedDetails d = need.details();
        form.theme = d.theme();
        form.place = d.place();
        form.title = d.title();
        form.quantity = d.quantity();
        form.unit = d.unit();
        form.cost = d.cost().amount();
        form.currency = d.cost().currency();
        form.startYear = d.startYear();
        form.endYear = d.endYear();
        form.priority = d.priority();
        form.evidence = d.evidence();
        form.publicNeed = d.publicNeed();
        form.version = need.version();
        return form;
    }

    NeedDetails details() {
        return new NeedDetails(theme, place, title, quantity, unit, Money.of(cost, currency, "cost"), startYear,
                endYear, priority, evidence, publicNeed);
    }

    Article articleOrRefuse() {
        if (article == null) {
            throw new RuleViolation("article", "validation.required");
        }
        try {
            return Article.of(article);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("article", "validation.oneOf", article, "3, 4, 5, 7, 9");
        }
    }

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public Integer getArticle() { return article; }
    public void setArticle(Integer article) { this.article = article; }
    public Theme getTheme() { return theme; }
    public void setTheme(Theme theme) { this.theme = theme; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Integer getStartYear() { return startYear; }
    public void setStartYear(Integer startYear) { this.startYear = startYear; }
    public Integer getEndYear() { return endYear; }
    public void setEndYear(Integer endYear) { this.endYear = endYear; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public boolean isPublicNeed() { return publicNeed; }
    public void setPublicNeed(boolean publicNeed) { this.publicNeed = publicNeed; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
