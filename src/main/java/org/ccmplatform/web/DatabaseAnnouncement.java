package org.ccmplatform.web;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which database the platform runs on, so that nobody mistakes a test H2 for production. */
@Component
class DatabaseAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAnnouncement.class);

    private final DataSource dataSource;

    DatabaseAnnouncement(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            log.info("Database in use: {} {} at {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    withoutCredentials(meta.getURL()));
        } catch (SQLException e) {
            log.warn("Could not read which database is in use", e);
        }
    }

    static String withoutCredentials(String url) {
        return url == null ? "?" : url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
