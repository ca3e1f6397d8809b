package org.ccmplatform.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.ccmplatform.shared.OneTimeLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the States and the Convention's real participation data in every installation (production too), through the
 * same import as a user's file. Each file loads once, and again only when the file shipped with a release changes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceData implements ApplicationRunner {

    static final String CCM_SOURCE = "UN Treaty Collection, chapter XXVI-6 (depositary status, as of November 2026)";

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final RegisterImport importer;
    private final OneTimeLoads loads;

    ReferenceData(RegisterImport importer, OneTimeLoads loads) {
        this.importer = importer;
        this.loads = loads;
    }

    @Override
    public void run(ApplicationArguments args) {
        load("reference/states.csv", Map.of());
        load("reference/ccm-participation.csv", Map.of("treaty", Treaty.CCM, "source", CCM_SOURCE));
    }

    private void load(String path, Map<String, String> defaults) {
        byte[] content = read(path);
        boolean loaded = loads.loadOnce(path, sha256(content), () -> {
            ImportReport report = importer.importCsv(content, defaults);
            log.info("{}: {} rows, {} States created, {} changed, {} participations recorded", path, report.rows(),
                    report.statesCreated(), report.statesChanged(), report.participationsRecorded());
        });
        if (!loaded) {
            log.debug("{} already loaded", path);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
