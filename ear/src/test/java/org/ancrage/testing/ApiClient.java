package org.ancrage.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the deployed REST API as an integrating system would: HTTP Basic, JSON. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String authorization;
    private final String language;

    private ApiClient(String authorization) {
        this(authorization, null);
    }

    private ApiClient(String authorization, String language) {
        this.authorization = authorization;
        this.language = language;
    }

    /** The same caller, asking for answers in {@code language} (Accept-Language). */
    public ApiClient withLanguage(String language) {
        return new ApiClient(authorization, language);
    }

    public static ApiClient as(String username, String password) {
        return new ApiClient("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A system calling with an API key ({@code Authorization: Bearer}). */
    public static ApiClient bearer(String secret) {
        return new ApiClient("Bearer " + secret);
    }

    public static ApiClient anonymous() {
        return new ApiClient(null);
    }

    public static String url(String path) {
        return "http://localhost:" + System.getProperty("ancrage.httpPort", "28080") + path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A GET answered in {@code accept} (a PDF, a CSV…), as bytes. */
    public HttpResponse<byte[]> download(String path, String accept) throws IOException, InterruptedException {
        return http.send(request(path).setHeader("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postBytes(String path, byte[] content) throws IOException, InterruptedException {
        return send(request(path).setHeader("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
