package org.ancrage.api.door;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of the API's paths is the API; the console's pages are not. */
class ApiPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/ancrage/api", "/ancrage/api/households/1", "/ancrage/api;households/1",
        "/ancrage/api;jsessionid=ABC/households", "/ancrage/api%3Bx/households", "/ancrage/api%253Bx/households",
        "/ancrage//api//households", "/ancrage/./api/households", "/ancrage/app/../api/households",
        "/ancrage/API/households", "/ancrage/Api;x/households", "/ancrage;x/api/households", "//ancrage/api/x",
        "/ancrage/%61pi/households", "/ancrage/api\\households", "/ancrage/%zz/api"})
    void isTheApi(String uri) {
        assertTrue(ApiPaths.isApiUri(uri, "/ancrage"), uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ancrage/", "/ancrage/login.xhtml", "/ancrage/app/home.xhtml",
        "/ancrage/app/files/household.xhtml;jsessionid=ABC", "/ancrage/apis/x", "/ancrage/app/api/x", "/other/api/x",
        "/ancrage/jakarta.faces.resource/api.js.xhtml"})
    void isNotTheApi(String uri) {
        assertFalse(ApiPaths.isApiUri(uri, "/ancrage"), uri);
    }
}
