package org.ccmplatform.obligations;

import org.ccmplatform.registry.UnRegion;

/** Which obligations a list shows. Any part may be null. */
public record ObligationFilter(Article article, String stateIso3, ObligationStatus status, UnRegion region) {}
