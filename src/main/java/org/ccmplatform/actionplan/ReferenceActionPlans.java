package org.ccmplatform.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.governance.Theme;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The action plans, their actions and their indicators (reference/action-plans.csv, action-plan-actions.csv and
 * action-plan-indicators.csv; see reference/README.md), loaded in every installation. Nothing refers to them from
 * elsewhere, so a new version of the files replaces them whole, in the transaction of the load.
 */
@Component
@Order(60)
class ReferenceActionPlans implements ApplicationRunner {

    static final String PLANS = "reference/action-plans.csv";
    static final String ACTIONS = "reference/action-plan-actions.csv";
    static final String INDICATORS = "reference/action-plan-indicators.csv";

    private final OneTimeLoads loads;
    private final ActionPlans plans;
    private final PlanActions actions;
    private final PlanIndicators indicators;

    ReferenceActionPlans(OneTimeLoads loads, ActionPlans plans, PlanActions actions, PlanIndicators indicators) {
        this.loads = loads;
        this.plans = plans;
        this.actions = actions;
        this.indicators = indicators;
    }

    @Override
    public void run(ApplicationArguments args) {
        byte[] planRows = read(PLANS);
        byte[] actionRows = read(ACTIONS);
        byte[] indicatorRows = read(INDICATORS);
        loads.loadOnce("reference/action-plans", sha256(planRows, actionRows, indicatorRows), () -> {
            indicators.deleteEveryOne();
            actions.deleteEveryOne();
            plans.deleteEveryOne();
            Map<String, ActionPlan> byCode = new HashMap<>();
            for (CSVRecord row : records(planRows)) {
                byCode.put(row.get("code"), plans.save(new ActionPlan(row.get("code"), row.get("name_en"),
                        row.get("name_fr"), row.get("name_es"), LocalDate.parse(row.get("starts_on")),
                        LocalDate.parse(row.get("ends_on")), row.get("adopted_by"))));
            }
            Map<String, PlanAction> byNumber = new HashMap<>();
            int sequence = 0;
            for (CSVRecord row : records(actionRows)) {
                ActionPlan plan = plan(byCode, row);
                byNumber.put(plan.code() + "/" + row.get("action"), actions.save(new PlanAction(plan,
                        Theme.valueOf(row.get("theme")), row.get("action"), ++sequence, row.get("summary_en"),
                        row.get("summary_fr"), row.get("summary_es"))));
            }
            for (CSVRecord row : records(indicatorRows)) {
                String key = plan(byCode, row).code() + "/" + row.get("action");
                PlanAction action = byNumber.get(key);
                if (action == null) {
                    throw new IllegalStateException(INDICATORS + " line " + row.getRecordNumber() + ": no action " + key);
                }
                indicators.save(new PlanIndicator(action, IndicatorCode.valueOf(row.get("indicator")), ++sequence,
                        row.get("target_rule").isBlank() ? null : PlanIndicator.TargetRule.valueOf(row.get("target_rule")),
                        row.get("target_count").isBlank() ? null : Integer.valueOf(row.get("target_count")),
                        row.get("target_by").isBlank() ? null : LocalDate.parse(row.get("target_by"))));
            }
        });
    }

    private static ActionPlan plan(Map<String, ActionPlan> byCode, CSVRecord row) {
        ActionPlan plan = byCode.get(row.get("plan"));
        if (plan == null) {
            throw new IllegalStateException("No action plan " + row.get("plan") + " in " + PLANS);
        }
        return plan;
    }

    private static List<CSVRecord> records(byte[] content) {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
