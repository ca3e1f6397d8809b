package org.ccmplatform.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record that a file of reference or demo data has been loaded, and which version of it. */
@Entity
@Table(name = "data_load")
class DataLoad {

    @Id
    private String name;

    private String checksum;

    private Instant loadedAt;

    protected DataLoad() {}

    DataLoad(String name, String checksum, Instant loadedAt) {
        this.name = name;
        this.checksum = checksum;
        this.loadedAt = loadedAt;
    }

    String checksum() {
        return checksum;
    }

    void reloaded(String newChecksum, Instant at) {
        this.checksum = newChecksum;
        this.loadedAt = at;
    }
}
