package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A job started from the API with its parameters: the statistics of a past year computed on
 * demand, retention a dry run unless told otherwise; an unknown job is a 404, a parameter the job
 * does not take or a bad value a 400 naming it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsStartWithParametersIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(JobsStartWithParametersIT.class);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static void assertNamed(HttpResponse<String> response, String parameter) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(parameter, object(response).getJsonArray("fields").getJsonObject(0).getString("field"),
                response.body());
    }

    /** Waits (at most a minute) for the execution to end; its last state. */
    private static JsonObject awaitEnd(long execution) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonObject state = object(ADMIN.get("/ancrage/api/jobs/executions/" + execution));
            if (!state.getString("status").startsWith("START")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + execution + " still running after 60 s");
    }

    @Test
    void unknownJobsAndParametersAreRefusedByName() throws Exception {
        assertEquals(404, ADMIN.post("/ancrage/api/jobs/format-disk", "{}").statusCode());
        assertNamed(ADMIN.post("/ancrage/api/jobs/statistics", "{\"yaer\":2025}"), "yaer");
        assertNamed(ADMIN.post("/ancrage/api/jobs/statistics", "{\"year\":\"deux mille\"}"), "year");
        assertNamed(ADMIN.post("/ancrage/api/jobs/statistics", "{\"year\":1789}"), "year");
        assertNamed(ADMIN.post("/ancrage/api/jobs/retention", "{\"on\":\"2999-01-01\"}"), "on");
        assertNamed(ADMIN.post("/ancrage/api/jobs/retention", "{\"dryRun\":\"non\"}"), "dryRun");
        assertNamed(ADMIN.post("/ancrage/api/jobs/rent-calls", "{\"month\":\"2026-13\"}"), "month");
        assertNamed(ADMIN.post("/ancrage/api/jobs/deadline-reminders", "{\"year\":2025}"), "year");
        assertEquals(400, ADMIN.post("/ancrage/api/jobs/statistics", "[2025]").statusCode());
        assertEquals(403, ApiClient.as("coordinatrice", DemoData.PASSWORD)
                .post("/ancrage/api/jobs/statistics", "{\"year\":2025}").statusCode());
    }

    @Test
    void theStatisticsOfAPastYearAreComputedFromTheApi() throws Exception {
        TestDatabase.execute("delete from statistics_snapshot where year = 2024");
        HttpResponse<String> started = ADMIN.post("/ancrage/api/jobs/statistics", "{\"year\":2024}");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject end = awaitEnd(object(started).getJsonNumber("id").longValue());
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertTrue(TestDatabase.count("select count(*) from statistics_snapshot where year = 2024") > 0,
                "snapshots of 2024 kept");
        HttpResponse<String> figures = ApiClient.as("direction", DemoData.PASSWORD).get("/ancrage/api/statistics?year=2024");
        assertEquals(200, figures.statusCode(), figures.body());
        assertTrue(figures.body().contains("2024"), figures.body());
    }

    @Test
    void retentionFromTheApiIsADryRunUnlessToldOtherwise() throws Exception {
        HttpResponse<String> started = ADMIN.post("/ancrage/api/jobs/retention", "{\"on\":\"2026-06-30\"}");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject end = awaitEnd(object(started).getJsonNumber("id").longValue());
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertTrue(end.getString("exitStatus").startsWith("DRY RUN"), end.toString());
    }
}
