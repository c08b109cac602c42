package org.ancrage.console.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the running application, written into {@code version.properties} by the build. */
@Named("versionInfo")
@ApplicationScoped
public class VersionInfo {

    private static final Info INFO = load();

    public record Info(String version, String buildTime) {
    }

    public static Info read() {
        return INFO;
    }

    public String getVersion() {
        return INFO.version();
    }

    public String getBuildTime() {
        return INFO.buildTime();
    }

    private static Info load() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/org/ancrage/console/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Info(p.getProperty("version", "dev"), p.getProperty("buildTime", ""));
    }
}
