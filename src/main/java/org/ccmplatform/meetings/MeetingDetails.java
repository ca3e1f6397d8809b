package org.ccmplatform.meetings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.ccmplatform.shared.Language;

/** What describes a meeting: the body, title, when and where, and in which languages. */
public record MeetingDetails(MeetingBody body, String title, LocalDateTime startsAt, LocalDateTime endsAt,
        ZoneId timeZone, String place, boolean online, Set<Language> languages, MeetingVisibility visibility) {}
