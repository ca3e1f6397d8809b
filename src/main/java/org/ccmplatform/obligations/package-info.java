/** Treaty obligations: deadlines computed from the register, progress and projections, extension requests, transparency reports. */
package org.ccmplatform.obligations;
