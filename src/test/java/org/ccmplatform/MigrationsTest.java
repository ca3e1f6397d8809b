package org.ccmplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Flyway migrations apply cleanly to an empty H2 (PostgreSQL mode, as embedded) and an empty PostgreSQL. The
 * PostgreSQL half needs the server on 127.0.0.1:5432; it is skipped when none answers, unless CCM_REQUIRE_POSTGRES is
 * set (as .ci/run does), when its absence fails the build.
 */
class MigrationsTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final List<String> TABLES = List.of("treaty", "state", "participation", "organisation",
            "contact", "app_user", "access_token", "audit_entry", "data_load");

    @Test
    void migrationsApplyToAnEmptyH2InPostgresMode() throws Exception {
        String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrateAndCheck(url, "sa", "");
    }

    @Test
    void migrationsApplyToAnEmptyPostgres() throws Exception {
        String user = System.getenv().getOrDefault("CCM_TEST_DATABASE_USERNAME", "postgres");
        assumeTrue(postgresAnswers(user) || System.getenv("CCM_REQUIRE_POSTGRES") != null,
                "no PostgreSQL on 127.0.0.1:5432");
        String database = "ccm_migrations_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        try {
            migrateAndCheck(POSTGRES + database, user, "");
        } finally {
            try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", user, "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static void migrateAndCheck(String url, String user, String password) throws Exception {
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(migrationFiles());
        flyway.validate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            List<String> missing = new ArrayList<>();
            for (String table : TABLES) {
                if (!connection.getMetaData().getTables(null, null, table, null).next()) {
                    missing.add(table);
                }
            }
            assertThat(missing).isEmpty();
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("select count(*) from treaty")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
        }
        assertThat(flyway.migrate().migrationsExecuted).as("a second run applies nothing").isZero();
    }

    private static int migrationFiles() throws Exception {
        return new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql").length;
    }

    private static boolean postgresAnswers(String user) {
        try (Connection ignored = DriverManager.getConnection(POSTGRES + "postgres", user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
