package org.ancrage.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;

/**
 * The texts of the letters as the association writes them: the latest version of each, in the
 * reader's language, for the services that print letters; written by administrators, one new version
 * per save, checked first by writing it with sample values.
 */
@Stateless
public class LetterTemplateService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The text a letter of {@code kind} is written from today for a reader of {@code locale}. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public LetterText current(LetterKind kind, Locale locale) {
        String language = LetterText.languageOf(locale);
        return versions(kind, language).stream().findFirst().map(LetterTemplate::text)
                .orElseGet(() -> LetterText.shipped(kind, language));
    }

    /** Every version the association wrote of {@code kind} in {@code language}, the latest first. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<LetterTemplate> history(LetterKind kind, String language) {
        return versions(kind, language);
    }

    private List<LetterTemplate> versions(LetterKind kind, String language) {
        return em.createQuery("select t from LetterTemplate t where t.kind = :kind and t.language = :language"
                + " order by t.version desc", LetterTemplate.class).setParameter("kind", kind)
                .setParameter("language", language).getResultList();
    }

    /**
     * Saves a new version of a letter's text, written over version {@code readVersion} (0: the text
     * shipped with Ancrage): a version saved meanwhile by someone else is not overwritten.
     *
     * @throws AssociationRefused an empty or too long subject or body, a placeholder the letter does
     *         not have, a text that does not read
     * @throws ConcurrentEditException when another version was saved since {@code readVersion}
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public LetterTemplate write(LetterKind kind, String language, int readVersion, String subject, String body) {
        LetterText text = checked(kind, language, readVersion + 1, subject, body);
        int latest = versions(kind, language).stream().findFirst().map(LetterTemplate::getVersion).orElse(0);
        if (latest != readVersion) {
            throw new ConcurrentEditException(LetterTemplate.class);
        }
        LetterTemplate written = new LetterTemplate(kind, language, latest + 1, text,
                context.getCallerPrincipal().getName(), AssociationClock.instant());
        em.persist(written);
        try {
            em.flush();
        } catch (PersistenceException e) { // the same version saved by another administrator at once
            throw new ConcurrentEditException(LetterTemplate.class);
        }
        return written;
    }

    /**
     * A text as it would be written with sample values, to look at before saving it.
     *
     * @throws AssociationRefused as {@link #write} does
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public LetterText.Written preview(LetterKind kind, String language, String subject, String body) {
        return checked(kind, language, 0, subject, body).write(sample(kind));
    }

    private static LetterText checked(LetterKind kind, String language, int version, String subject, String body) {
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.strip();
        if (s.isEmpty() || b.isEmpty()) {
            throw new AssociationRefused(s.isEmpty() ? "letterTemplate.subject.required" : "letterTemplate.body.required");
        }
        if (s.length() > LetterTemplate.SUBJECT_LENGTH || b.length() > LetterTemplate.BODY_LENGTH) {
            throw new AssociationRefused(s.length() > LetterTemplate.SUBJECT_LENGTH ? "letterTemplate.subject.tooLong"
                    : "letterTemplate.body.tooLong", s.length() > LetterTemplate.SUBJECT_LENGTH
                            ? LetterTemplate.SUBJECT_LENGTH : LetterTemplate.BODY_LENGTH);
        }
        LetterText text = new LetterText(kind, "en".equals(language) ? "en" : "fr", version, s, b);
        text.write(sample(kind)); // refuses what does not read, before anything is kept
        return text;
    }

    /** Values of the kind's placeholders, for checking and previewing a text. */
    static Map<String, String> sample(LetterKind kind) {
        Map<String, String> values = Map.ofEntries(Map.entry("household", "MARTIN Awa"),
                Map.entry("programme", "IML sous-location"), Map.entry("receivedOn", "02/11/2026"),
                Map.entry("orientingBody", "SIAO de la Meuse"), Map.entry("reference", "SIAO-2026-0412"),
                Map.entry("start", "01/12/2026"), Map.entry("reason", "ressources au-delà du plafond"),
                Map.entry("dwelling", "12 rue des Tanneurs, 55100 Verdun"), Map.entry("on", "03/12/2026"),
                Map.entry("owed", "660,00 €"), Map.entry("unpaidSince", "01/10/2026"), Map.entry("end", "30/11/2026"),
                Map.entry("outcome", "bail glissé au nom du ménage"), Map.entry("referent", "Claire Martin"));
        return kind.placeholders().stream().collect(Collectors.toMap(p -> p, p -> values.getOrDefault(p, p)));
    }
}
