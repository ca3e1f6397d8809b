package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scripts call the API in parallel, and so do attackers guessing passwords: requests that arrive together must each
 * get their own answer, and every wrong password must count towards the lock.
 */
@IntegrationTest
class ConcurrentSignInIntegrationTest {

    static final int PARALLEL = 12;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    ExecutorService pool;
    HttpClient client;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(PARALLEL);
        client = HttpClient.newHttpClient();
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void wrongPasswordsTriedInParallelAreEachRefusedAndLockTheAccount() throws Exception {
        UserAccount account = TestAccounts.observer(accounts, "parallel-guess");

        List<Integer> statuses = together(PARALLEL, i -> "Basic " + Base64.getEncoder().encodeToString(
                (account.username() + ":guess-" + i).getBytes(StandardCharsets.UTF_8)));

        assertThat(statuses).as("every guess gets its 401").containsOnly(401);
        assertThat(accounts.get(account.id()).lockedUntil()).as("twelve wrong passwords lock the account").isNotNull();
    }

    @Test
    void aTokenUsedByParallelRequestsAnswersEachOfThem() throws Exception {
        UserAccount account = TestAccounts.observer(accounts, "parallel-token");
        String secret = accounts.createToken((CurrentUser) users.loadUserByUsername(account.username()),
                "parallel script", 1).secret();

        List<Integer> statuses = together(PARALLEL, i -> "Bearer " + secret);

        assertThat(statuses).containsOnly(200);
    }

    /** Sends {@code count} requests to the API at the same moment, each with its own Authorization header. */
    private List<Integer> together(int count, java.util.function.IntFunction<String> authorization)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/treaties"))
                    .header("Authorization", authorization.apply(i))
                    .GET()
                    .build();
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }
}
