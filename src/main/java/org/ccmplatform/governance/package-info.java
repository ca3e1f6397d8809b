/** The Presidency and the Coordination Committee: Meetings of States Parties and their Presidents, the committee of each term, the coordinators' concept notes and operational plans, and the States they target. */
package org.ccmplatform.governance;
