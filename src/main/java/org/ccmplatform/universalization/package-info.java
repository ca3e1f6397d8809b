/** Universalization: the States not party and why, their votes at the General Assembly, the engagement with each, the targets and the Convention's public status. */
package org.ccmplatform.universalization;
