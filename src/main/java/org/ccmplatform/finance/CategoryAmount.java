package org.ccmplatform.finance;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in Swiss francs towards one contribution category: a line of an invoice or a part of a payment. */
@Embeddable
public record CategoryAmount(String category, BigDecimal amount) {}
