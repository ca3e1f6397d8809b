/** International cooperation and assistance (Article 6): needs, donors' offers, matching, pledges, disbursements and funding gaps. */
package org.ccmplatform.assistance;
