package org.ccmplatform.shared;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps uploaded documents; a document said to be a PDF must be one, and no larger than the limit. */
@Service
@Transactional(readOnly = true)
public class Documents {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final Pattern UNSAFE_NAME = Pattern.compile("[^\\p{L}\\p{N} ._()-]");

    private final StoredDocuments store;
    private final Clock clock;

    Documents(StoredDocuments store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps a PDF; anything else, an empty file or one over 10 MB is refused under the given field. */
    @Transactional
    public StoredDocument keepPdf(String field, String fileName, byte[] content, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new RuleViolation(field, "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation(field, "document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!startsWith(content, PDF_MAGIC)) {
            throw new RuleViolation(field, "document.notPdf");
        }
        String name = fileName == null || fileName.isBlank() ? "document.pdf"
                : UNSAFE_NAME.matcher(fileName.strip()).replaceAll("_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return store.save(new StoredDocument(name, "application/pdf", content, clock.instant(), uploadedBy));
    }

    public Optional<StoredDocument> find(Long id) {
        return id == null ? Optional.empty() : store.findById(id);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
