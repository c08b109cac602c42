package org.ancrage.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the very first start, creates the administrator "admin". Its password is the operator's
 * ({@code ancrage.admin.initial-password}, e.g. from the environment variable
 * ANCRAGE_ADMIN_INITIAL_PASSWORD) or a generated one written once, readable by the server's user
 * only, to {@code <domain>/config/ancrage-initial-admin.txt} — never to the log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "ancrage.admin.initial-password")
    private Optional<String> givenPassword;

    @PostConstruct
    void createIfNone() {
        boolean anyAdministrator = !em.createQuery(
                        "select u.id from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", Roles.ADMINISTRATOR).setMaxResults(1).getResultList().isEmpty();
        if (anyAdministrator) {
            return;
        }
        Optional<String> acceptable = givenPassword.filter(p -> !p.isBlank()).filter(FirstAdministrator::acceptable);
        String password = acceptable.orElseGet(FirstAdministrator::generate);
        em.persist(new UserAccount(USERNAME, "Administrateur", new PasswordHasher().hash(password.toCharArray()),
                Set.of(Roles.ADMINISTRATOR)));
        em.flush(); // the password is shown only for an account that was really saved
        if (acceptable.isEmpty()) {
            writeOnce(password);
        }
        LOG.info("First administrator account 'admin' created");
    }

    private static boolean acceptable(String password) {
        try {
            PasswordPolicy.check(USERNAME, password.toCharArray());
            return true;
        } catch (PasswordPolicy.PasswordRefused e) {
            LOG.warning(() -> "The given initial administrator password breaks the password policy ("
                    + e.messageKey() + "): a generated one is used instead");
            return false;
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void writeOnce(String password) {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
        Path file = Path.of(instanceRoot, "config", "ancrage-initial-admin.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password);
            LOG.warning(() -> "The first administrator's generated password is in " + file
                    + ": read it, log in, change it, and delete the file");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the first administrator's password to " + file, e);
        }
    }
}
