/** Meetings of every body (MSPs, Coordination Committee, coalitions, working groups): agenda, delegations, minutes, decisions, action points, circulation. */
package org.ccmplatform.meetings;
