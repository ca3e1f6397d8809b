/** The action plans of the Convention (Dubrovnik 2016-2020, Lausanne 2021-2026): their actions per theme, the indicators computed from the platform's records as at any day, and the yearly progress report to the Meeting of States Parties. */
package org.ccmplatform.actionplan;
