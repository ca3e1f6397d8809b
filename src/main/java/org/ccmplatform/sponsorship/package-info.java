/** The Sponsorship Programme: donors' contributions per year, delegates' applications, the ISU's selection, allocations, actual costs and the reports per meeting and per year. */
package org.ccmplatform.sponsorship;
