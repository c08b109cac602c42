package org.ancrage.documents;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ancrage.households.Household;
import org.ancrage.privacy.AccessRefused;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.Entities;
import org.ancrage.system.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents of a household's file, attached to a referral or to the file itself. Checked before anything is kept: not
 * empty, at most {@link #MAX_BYTES}, a PDF, image or office file by its first bytes. Stored in
 * {@code ancrage.documents.dir} (by default the domain's {@code ancrage-documents} folder),
 * outside the web root.
 */
@Stateless
public class DocumentService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "ancrage.documents.dir")
    private Optional<String> configuredDir;

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Document attachToReferral(long referralId, String fileName, byte[] content) {
        needToKnow.referral(referralId);
        long householdId = em.createQuery("select r.householdId from Referral r where r.id = :id", Long.class)
                .setParameter("id", referralId).getResultStream().findFirst()
                .orElseThrow(() -> NotFoundException.ofEntityNamed("Referral", referralId));
        return kept(householdId, referralId, fileName, content, false);
    }

    /**
     * A document added to the household's file itself (its Documents tab), by whoever follows it or
     * manages its dwelling (an inspection's photos, a signed lease).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Document attachToHousehold(long householdId, String fileName, byte[] content) {
        needToKnow.household(householdId);
        Entities.require(em, Household.class, householdId);
        return kept(householdId, null, fileName, content, false);
    }

    /**
     * Keeps a paper just generated from the household's file (a rent notice, a receipt, a debt
     * statement) among its documents, naming who generated it: what was handed out can be found again
     * as it was. Called by the service that generated it, in its transaction (the administrator's: the
     * identity of the jobs that print the month's papers).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER, Roles.ADMINISTRATOR})
    public Document keepGenerated(long householdId, Paper paper) {
        return kept(householdId, null, paper.fileName(), paper.pdf(), true);
    }

    /** {@link #keepGenerated(long, Paper)} for a letter, naming the text it was written from. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER, Roles.ADMINISTRATOR})
    public Document keepGenerated(long householdId, Paper paper, String template) {
        Document kept = kept(householdId, null, paper.fileName(), paper.pdf(), true);
        kept.writtenFrom(template);
        return kept;
    }

    /** Checks a document (not empty, not too large, a kind recognised by its bytes), then keeps it. */
    private Document kept(long householdId, Long referralId, String fileName, byte[] content, boolean generated) {
        if (content == null || content.length == 0) {
            throw new DocumentRefused("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentRefused("document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        DocumentKind kind = UploadCheck.check(fileName, content);
        Document document = new Document(householdId, referralId, safeName(fileName), kind, content.length,
                sha256(content), AssociationClock.instant(), context.getCallerPrincipal().getName(), generated);
        em.persist(document);
        em.flush();
        store(document.getId(), content);
        return document;
    }

    /**
     * Every document of a household's file, its referrals' too, the latest first; the reading is
     * written to the trail. A rental manager reads those of the file, not its referrals' (the social
     * evaluation that came with a referral is not theirs to read).
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<Document> documentsOfHousehold(long householdId) {
        needToKnow.household(householdId);
        List<Document> documents = em.createQuery("select d from Document d where d.householdId = :household"
                + (readsReferralDocuments() ? "" : " and d.referralId is null")
                + " order by d.addedAt desc, d.id desc", Document.class).setParameter("household", householdId)
                .getResultList();
        audit.recordRead("HouseholdDocuments", householdId, householdId);
        return documents;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Document> documentsOfReferral(long referralId) {
        needToKnow.referral(referralId);
        List<Document> documents = em.createQuery("select d from Document d where d.referralId = :referral"
                + " order by d.id", Document.class).setParameter("referral", referralId).getResultList();
        audit.recordRead("ReferralDocuments", referralId, documents.isEmpty() ? null : documents.get(0).getHouseholdId());
        return documents;
    }

    /** A document's bytes, with its row (name, kind) to serve them under. */
    public record Content(Document document, byte[] bytes) {
    }

    /**
     * A document's bytes, for whoever may see its household (need to know: another service's
     * worker is refused and the attempt audited); each download is written to the trail as a
     * read of that document.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Content content(long documentId) {
        Document document = Entities.require(em, Document.class, documentId);
        if (document.getReferralId() != null && !readsReferralDocuments()) {
            audit.recordRefusal("ReferralDocument", documentId, document.getHouseholdId());
            throw new AccessRefused("access.referralDocument", "ReferralDocument", documentId);
        }
        if (document.getReferralId() != null) {
            needToKnow.referral(document.getReferralId());
        } else {
            needToKnow.household(document.getHouseholdId());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir().resolve(Long.toString(documentId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + documentId, e);
        }
        audit.recordRead("Document", documentId, document.getHouseholdId());
        return new Content(document, bytes);
    }

    /**
     * The bytes of a paper Ancrage generated, for a service binding several in one (it writes that to
     * the trail): need to know applies; empty when the document is gone (purged by retention) or was
     * uploaded rather than generated.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.RENTAL_MANAGER, Roles.ADMINISTRATOR})
    public Optional<byte[]> generatedContent(long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || !document.isGenerated()) {
            return Optional.empty();
        }
        needToKnow.household(document.getHouseholdId());
        try {
            return Optional.of(Files.readAllBytes(dir().resolve(Long.toString(documentId))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + documentId, e);
        }
    }

    /** Whether the caller reads what came with referrals: those who follow households, not rental managers. */
    private boolean readsReferralDocuments() {
        return context.isCallerInRole(Roles.DIRECTOR) || context.isCallerInRole(Roles.COORDINATOR)
                || context.isCallerInRole(Roles.SOCIAL_WORKER);
    }

    /** The name as typed, without any folder part, and never empty. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > Document.NAME_LENGTH ? name.substring(0, Document.NAME_LENGTH) : name;
    }

    /**
     * Deletes documents past their retention period, rows and bytes (the retention job). A file
     * already gone is not an error: the row is what says a document exists.
     *
     * @return how many were deleted
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int purgeDocuments(Collection<Long> ids) {
        int deleted = 0;
        for (Long id : ids) {
            Document document = em.find(Document.class, id);
            if (document != null) {
                em.remove(document);
                try {
                    Files.deleteIfExists(dir().resolve(Long.toString(id)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete document " + id, e);
                }
                deleted++;
            }
        }
        return deleted;
    }

    private Path dir() {
        return Path.of(configuredDir.filter(d -> !d.isBlank()).orElseGet(() -> Path.of(
                System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")),
                "ancrage-documents").toString()));
    }

    private void store(long id, byte[] content) {
        Path dir = dir();
        try {
            Files.createDirectories(dir);
            // Owner-only (0600), from its creation: the server's account reads the documents, nobody else.
            Path file = dir.resolve(Long.toString(id));
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file); // a file system without POSIX permissions (Windows): its ACLs apply
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + id + " in " + dir, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
