/** ISU finance: budgets, contribution categories, the indicative schedule of contributions from the UN scale, invoices, payments and the public record of who contributed. */
package org.ccmplatform.finance;
