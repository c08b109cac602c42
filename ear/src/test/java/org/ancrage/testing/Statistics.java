package org.ancrage.testing;

import static org.ancrage.testing.CaseFiles.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.ancrage.demo.DemoData;

/** The statistics through the API, as a director computes them and an integration reads them. */
public final class Statistics {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);

    private Statistics() {
    }

    /** Runs the statistics job for {@code year} as a director and waits until it has completed. */
    public static void compute(int year) throws Exception {
        JsonObject run = object(DIRECTOR.post("/ancrage/api/statistics/runs?year=" + year, ""));
        String status = "";
        for (int i = 0; i < 240 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = object(ADMIN.get("/ancrage/api/jobs/executions/" + run.getJsonNumber("id"))).getString("status");
        }
        assertEquals("COMPLETED", status);
    }

    /** The programmes a JSON answer of {@code GET /api/statistics} holds. */
    public static Set<Long> programmeIds(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        Set<Long> ids = new HashSet<>();
        Json.createReader(new StringReader(response.body())).readArray()
                .forEach(v -> ids.add(v.asJsonObject().getJsonNumber("programmeId").longValue()));
        return ids;
    }
}
