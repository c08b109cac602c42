package org.ancrage.rent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.documents.DocumentService;
import org.ancrage.privacy.AuditService;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainMessages;

/**
 * The month's run mails the papers it printed to the households that agreed to receive them by
 * e-mail: the PDF kept among the household's documents, attached. Each once: the call notes when it
 * was mailed; a paper that could not be sent is counted and goes with the next run.
 */
@Stateless
public class RentPapersByMail {

    private static final Logger LOG = Logger.getLogger(RentPapersByMail.class.getName());

    /** How a run's mailing went. */
    public record Outcome(int sent, int failed) {
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource(lookup = "mail/ancrage")
    private Session mail;

    @EJB
    private DocumentService documents;

    @EJB
    private AuditService audit;

    private static String unmailed(RentPaperKind kind) {
        return switch (kind) {
            case NOTICE -> "c.noticeDocumentId is not null and c.noticeMailedAt is null";
            case QUITTANCE -> "c.quittanceDocumentId is not null and c.quittanceMailedAt is null";
            case PARTIAL_RECEIPT -> throw new IllegalArgumentException("the month's run mails no partial receipt");
        };
    }

    private static final String TO_MAIL = "from RentCall c, Household h where h.id = c.householdId"
            + " and h.papersByEmail = true and h.email is not null and c.calledMonth = :m and ";

    /** The calls of {@code month} after {@code afterId} whose paper of {@code kind} is printed and still to mail. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Long> callsToMail(YearMonth month, RentPaperKind kind, long afterId, int max) {
        return em.createQuery("select c.id " + TO_MAIL + unmailed(kind) + " and c.id > :after order by c.id",
                Long.class).setParameter("m", month.atDay(1)).setParameter("after", afterId).setMaxResults(max)
                .getResultList();
    }

    /** Mails the papers of {@code kind} of the calls of {@code month} between the two ids, to whoever agreed. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Outcome mailMonthPapers(YearMonth month, RentPaperKind kind, long fromId, long toId) {
        // The address only: a query selecting the household itself trips EclipseLink over its batch-fetched members.
        List<Object[]> rows = em.createQuery("select c, h.email " + TO_MAIL + unmailed(kind)
                + " and c.id between :from and :to order by c.id", Object[].class).setParameter("m", month.atDay(1))
                .setParameter("from", fromId).setParameter("to", toId).getResultList();
        int sent = 0;
        int failed = 0;
        for (Object[] row : rows) {
            RentCall call = (RentCall) row[0];
            String address = (String) row[1];
            long document = call.printedByTheRun(kind).orElseThrow();
            Optional<byte[]> pdf = documents.generatedContent(document);
            if (pdf.isEmpty()) {
                continue; // purged by retention meanwhile: nothing left to send
            }
            try {
                send(address, kind, month, pdf.get());
                call.mailedByTheRun(kind, AssociationClock.instant());
                audit.recordPaper("RentCall", call.getId(), call.getHouseholdId(), kind.name() + "_MAILED",
                        Map.of("month", month.toString(), "to", address));
                sent++;
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "The " + kind + " of call " + call.getId() + " was not mailed; it goes with"
                        + " the next run", e);
                failed++;
            }
        }
        return new Outcome(sent, failed);
    }

    private void send(String to, RentPaperKind kind, YearMonth month, byte[] pdf) throws MessagingException {
        Locale french = Locale.FRENCH;
        String when = RentPapersPdf.month(month, french);
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(DomainMessages.text("papers.mail.subject." + kind.name(), french, when), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(DomainMessages.text("papers.mail.body." + kind.name(), french, when), "UTF-8");
        MimeBodyPart attached = new MimeBodyPart();
        attached.setContent(pdf, "application/pdf");
        attached.setFileName(kind.fileName(month));
        message.setContent(new MimeMultipart(text, attached));
        Transport.send(message);
    }
}
