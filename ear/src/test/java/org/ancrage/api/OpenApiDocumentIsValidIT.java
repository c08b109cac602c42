package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Relationship;
import org.ancrage.housing.DwellingState;
import org.ancrage.imports.ImportField;
import org.ancrage.imports.ImportOutcome;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.mediation.Party;
import org.ancrage.referrals.ReferralStatus;
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
 * The API's OpenAPI document, as an integrator's tooling reads it: read by swagger-parser without
 * a single message, with the PDF and XLSX variants of the activity report, both security schemes,
 * the jobs' parameters, enumerations listed as strings with their constants, dates as dates, and
 * the fields a create or an edit needs marked required. Only local references: nothing is fetched
 * from the network.
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
    void theValidatorHasNothingToSay() {
        assertEquals(List.of(), messages);
    }

    private static Schema<?> schema(String name) {
        Schema<?> schema = api.getComponents().getSchemas().get(name);
        assertNotNull(schema, name + " in " + api.getComponents().getSchemas().keySet());
        return schema;
    }

    private static Schema<?> property(String schema, String property) {
        Schema<?> found = schema(schema).getProperties().get(property);
        assertNotNull(found, schema + "." + property);
        return found;
    }

    @Test
    void enumerationsAreStringsWithTheirConstants() {
        Schema<?> type = property("NewContact", "type");
        assertEquals("string", type.getType());
        assertEquals(Arrays.stream(ContactType.values()).map(Enum::name).toList(), type.getEnum());
        Schema<?> relationship = property("NewMember", "relationship");
        assertEquals("string", relationship.getType());
        assertEquals(Arrays.stream(Relationship.values()).map(Enum::name).toList(), relationship.getEnum());
        Schema<?> parties = property("NewIncident", "parties").getItems();
        assertEquals("string", parties.getType());
        assertEquals(Arrays.stream(Party.values()).map(Enum::name).toList(), parties.getEnum());
    }

    /**
     * What a record says of its state or kind is listed with its constants in the answers too, not
     * only in what is sent: an integration generates its types from the views.
     */
    @Test
    void theViewsStatesAndKindsAreEnumerations() {
        assertEquals(names(MeasureStatus.values()), property("MeasureView", "status").getEnum());
        assertEquals(names(EndReason.values()), property("MeasureView", "endReason").getEnum());
        assertEquals(names(DwellingState.values()), property("DwellingView", "state").getEnum());
        assertEquals(names(ReferralStatus.values()), property("ReferralView", "status").getEnum());
        assertEquals(names(ContactType.values()), property("ContactView", "type").getEnum());
        List<String> plain = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("View") && schema.getProperties() != null) {
                Map<String, Schema> properties = schema.getProperties();
                properties.forEach((property, value) -> {
                    if (STATE_LIKE.contains(property) && value.getEnum() == null) {
                        plain.add(name + "." + property);
                    }
                });
            }
        });
        assertEquals(List.of(), plain, "states and kinds given as plain strings");
    }

    /** Names of a view's properties that say a state or a kind (an API key's role is a role's name). */
    private static final Set<String> STATE_LIKE = Set.of("status", "kind", "state", "type", "method", "payer",
            "channel", "relationship", "form", "category", "action", "agreement", "endedBy", "endReason",
            "housingOutcome", "orientingBody", "interviewOutcome", "dwellingState", "guarantee", "party");

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /**
     * Each body's example is an object an integrator can send as it is: only fields of its schema,
     * every required one, enumerations' values among their constants; and the bodies people send
     * most have one.
     */
    @Test
    void everyExampleIsABodyOfItsSchema() {
        List<String> wrong = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.forEach((name, schema) -> {
            if (schema.getExample() == null || schema.getProperties() == null) {
                return;
            }
            shown.add(name);
            if (!(schema.getExample() instanceof ObjectNode example)) {
                wrong.add(name + ": example is not an object but " + schema.getExample());
                return;
            }
            Map<String, Schema> properties = schema.getProperties();
            example.fieldNames().forEachRemaining(field -> {
                Schema<?> property = properties.get(field);
                if (property == null) {
                    wrong.add(name + "." + field + ": no such field");
                } else if (property.getEnum() != null
                        && !property.getEnum().contains(example.get(field).asText())) {
                    wrong.add(name + "." + field + ": " + example.get(field) + " is none of " + property.getEnum());
                }
            });
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            required.stream().filter(field -> !example.has(field))
                    .forEach(field -> wrong.add(name + "." + field + ": required, missing"));
        });
        assertEquals(List.of(), wrong);
        assertTrue(shown.containsAll(List.of("NewHousehold", "NewReferral", "Admission", "NewContact",
                "NewEvaluation", "Renewal", "Ending", "NewPlacement", "NewPayment", "NewPlan", "NewIncident",
                "DwellingBody", "LandlordBody", "NewServiceUnit", "IssueBody")), String.valueOf(shown));
    }

    @Test
    void datesAreDatesAndInstantsDateTimes() {
        assertEquals("date", property("NewMember", "birthDate").getFormat());
        assertEquals("date-time", property("NewContact", "occurredAt").getFormat());
        assertEquals("date-time", property("Account", "lockedUntil").getFormat());
    }

    @Test
    void theFieldsACreateOrAnEditNeedsAreRequired() {
        assertTrue(schema("NewContact").getRequired().containsAll(List.of("occurredAt", "type", "workerId")),
                String.valueOf(schema("NewContact").getRequired()));
        assertTrue(schema("NewServiceUnit").getRequired().containsAll(List.of("code", "name")));
        assertTrue(schema("Rename").getRequired().containsAll(List.of("name", "version")), "an edit needs its version");
        assertTrue(schema("Correction").getRequired().contains("version"), "a correction needs its version");
        assertTrue(schema("Page").getRequired().containsAll(List.of("items", "page", "size", "total")));
        assertNull(schema("Account").getMaxProperties(), "no annotation default that would refuse every object");
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

    /**
     * A file's mapping to import is an object whose values are the fields' names, sent as JSON in
     * the upload's {@code mapping} parameter and given back in the view; a dry run's outcome is one of its constants.
     */
    @Test
    void anImportsMappingIsAnObjectOfFieldNames() {
        List<String> fields = names(ImportField.values());
        Schema<?> mapping = property("ImportView", "mapping");
        assertEquals("object", mapping.getType());
        assertEquals(fields, ((Schema<?>) mapping.getAdditionalProperties()).getEnum());
        var parameter = path("/imports").getValue().getPost().getParameters().stream()
                .filter(p -> p.getName().equals("mapping")).findFirst().orElseThrow();
        Schema<?> sent = parameter.getContent().get("application/json").getSchema();
        assertEquals("object", sent.getType());
        assertEquals(fields, ((Schema<?>) sent.getAdditionalProperties()).getEnum());
        assertEquals(names(ImportOutcome.values()), property("HouseholdOutcomeView", "outcome").getEnum());
    }

    @Test
    void jobsAreStartedWithTheirDocumentedParameters() {
        Operation start = path("/jobs/{job}").getValue().getPost();
        assertNotNull(start.getRequestBody(), "the parameters' body");
        assertTrue(document.contains("JobParameters"), "the parameters' schema");
    }
}
