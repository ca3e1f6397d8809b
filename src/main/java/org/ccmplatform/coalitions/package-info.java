/** Country Coalitions: an affected State's platform with its Champion, donors, operators, facilitator and secretariat; cadence, mid-term updates, confidential concerns. */
package org.ccmplatform.coalitions;
