package org.ccmplatform.meetings;

import org.ccmplatform.shared.StaleEditException;

/** Two people wrote the same minutes: the second save shows both texts, and neither is lost. */
public class MinutesConflict extends StaleEditException {

    private final transient AgendaItem item;
    private final String theirs;
    private final String yours;

    MinutesConflict(AgendaItem item, String yours) {
        this.item = item;
        this.theirs = item.minutesText();
        this.yours = yours;
    }

    public AgendaItem item() {
        return item;
    }

    public String theirs() {
        return theirs;
    }

    public String yours() {
        return yours;
    }
}
