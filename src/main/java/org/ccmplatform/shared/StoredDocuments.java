package org.ccmplatform.shared;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface StoredDocuments extends Repository<StoredDocument, Long> {

    Optional<StoredDocument> findById(Long id);

    StoredDocument save(StoredDocument document);
}
