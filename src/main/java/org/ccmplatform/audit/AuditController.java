package org.ccmplatform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The ISU administrator's read-only view of the audit trail, filtered by record, person and dates. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ISU_ADMIN')")
class AuditController {

    static final String VIEW = "audit/entries";
    static final int PAGE_SIZE = 50;

    /** The bounds of the search when no dates are given: before the first entry and after the last. */
    static final Instant BEGINNING = Instant.EPOCH;
    static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditEntries entries;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    /** An entry with its changes read back from JSON, for display. */
    record Line(AuditEntry entry, Map<String, Object> changes) {

        public java.time.LocalDateTime whenUtc() {
            return java.time.LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String until, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate fromDay = day(from, model);
        LocalDate untilDay = day(until, model);
        Page<AuditEntry> found = entries.search(blankToNull(entityType), blankToNull(entityId), blankToNull(actor),
                fromDay == null ? BEGINNING : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                untilDay == null ? END : untilDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("entries", found.map(e -> new Line(e, changes(e.changes()))));
        model.addAttribute("entityTypes", entries.entityTypes());
        model.addAttribute("entityType", blankToNull(entityType));
        model.addAttribute("entityId", blankToNull(entityId));
        model.addAttribute("actor", blankToNull(actor));
        model.addAttribute("from", fromDay);
        model.addAttribute("until", untilDay);
        return VIEW;
    }

    private Map<String, Object> changes(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (RuntimeException e) {
            return Map.of("?", text);
        }
    }

    private static LocalDate day(String text, Model model) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("badDate", text);
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
