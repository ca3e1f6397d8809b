/** The audit trail: who created, changed or deleted which record, when, and what changed; read-only. */
package org.ccmplatform.audit;
