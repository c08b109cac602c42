package org.ancrage.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON REST API, for integration with the association's other systems. Same services, same
 * roles as the console; HTTP Basic against the same accounts. Its OpenAPI document is served at
 * {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Ancrage API", version = "1",
                description = "Case management for housing-support measures. Errors are JSON: "
                        + "{status, error, message, fields[{field, message}]}; texts follow Accept-Language (fr, en)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A member of staff's account")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key issued by an administrator (Authorization: Bearer <key>)")
public class ApiApplication extends Application {
}
