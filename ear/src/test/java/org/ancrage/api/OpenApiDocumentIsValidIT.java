package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's OpenAPI document, as an integrator's tooling reads it: read by swagger-parser, with
 * the PDF and XLSX variants of the activity report, both security schemes and the jobs'
 * parameters. Only local references: nothing is fetched from the network. (Payara's document
 * still lists enums as objects and marks no field required: not claimed here.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIsValidIT {

    private static String document;
    private static OpenAPI api;
    private static List<String> messages;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(OpenApiDocumentIsValidIT.class);
    }

    @BeforeAll
    static void read() throws Exception {
        HttpResponse<String> response = ApiClient.anonymous().get("/openapi");
        assertEquals(200, response.statusCode(), response.body());
        document = response.body();
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "openapi.json"), document,
                StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        api = result.getOpenAPI();
        messages = result.getMessages();
    }

    private static Map.Entry<String, PathItem> path(String suffix) {
        return api.getPaths().entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no path ending " + suffix + " in " + api.getPaths().keySet()));
    }

    @Test
    void theDocumentIsReadByAStandardParser() {
        assertNotNull(api, String.valueOf(messages));
        assertTrue(api.getPaths().size() > 40, api.getPaths().keySet().toString());
    }

    @Test
    void theActivityReportIsDescribedInEachFormatItIsServedIn() {
        PathItem statistics = path("/statistics").getValue();
        Operation get = statistics.getGet();
        assertNotNull(get, "GET /statistics");
        var types = get.getResponses().values().stream().filter(r -> r.getContent() != null)
                .flatMap(r -> r.getContent().keySet().stream()).toList();
        assertTrue(types.containsAll(List.of("application/json", "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), types.toString());
    }

    @Test
    void bothSecuritySchemesAreDeclared() {
        var schemes = api.getComponents().getSecuritySchemes();
        assertEquals("basic", schemes.get("basic").getScheme());
        assertEquals("bearer", schemes.get("bearer").getScheme());
    }

    @Test
    void jobsAreStartedWithTheirDocumentedParameters() {
        Operation start = path("/jobs/{job}").getValue().getPost();
        assertNotNull(start.getRequestBody(), "the parameters' body");
        assertTrue(document.contains("JobParameters"), "the parameters' schema");
    }
}
