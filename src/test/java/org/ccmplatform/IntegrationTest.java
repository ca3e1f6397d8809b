package org.ccmplatform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole platform on a random port with demo data, against the test database (H2 in memory, or the PostgreSQL
 * that CCM_TEST_DATABASE_URL names), with a real SMTP server (TestSmtp). Every integration and browser test uses
 * exactly this, so that one Spring context serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:integration-test.properties")
@ExtendWith(TestSmtp.class)
public @interface IntegrationTest {}
