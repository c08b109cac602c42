package org.ancrage.reminders;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.security.Roles;
import org.ancrage.system.DomainMessages;

/**
 * Mails each member of staff who asked for it one digest of their alerts not mailed yet, through
 * the server's mail session ({@code mail/ancrage}). The digest names households by their reference
 * only: no personal data travels by e-mail. An alert is marked mailed with its digest, so it is
 * never mailed twice; a digest that cannot be sent stays unmarked and goes with the next run.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AlertMail {

    private static final Logger LOG = Logger.getLogger(AlertMail.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How many digests went, and how many could not. */
    public record Outcome(int sent, int failed) {
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource(lookup = "mail/ancrage")
    private Session mail;

    public Outcome sendDigests() {
        int sent = 0;
        int failed = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> recipients = em.createNativeQuery("SELECT DISTINCT u.id, u.email, u.preferred_locale"
                + " FROM user_account u JOIN alert a ON a.recipient_id = u.id WHERE a.emailed_at IS NULL"
                + " AND a.resolved_at IS NULL AND u.email_alerts AND u.email IS NOT NULL AND u.active ORDER BY u.id").getResultList();
        for (Object[] recipient : recipients) {
            long id = ((Number) recipient[0]).longValue();
            Locale locale = recipient[2] == null ? Locale.FRENCH : Locale.forLanguageTag(recipient[2].toString());
            @SuppressWarnings("unchecked")
            List<Object[]> alerts = em.createNativeQuery("SELECT a.id, a.kind, a.due_date, h.reference FROM alert a"
                    + " JOIN household h ON h.id = a.household_id WHERE a.recipient_id = ?1 AND a.emailed_at IS NULL"
                    + " AND a.resolved_at IS NULL"
                    + " ORDER BY a.due_date, a.id").setParameter(1, id).getResultList();
            try {
                send(recipient[1].toString(), digest(alerts, locale), locale, alerts.size());
                // Exactly the alerts in the digest: one raised meanwhile goes with the next.
                em.createNativeQuery("UPDATE alert SET emailed_at = now() WHERE id = ANY (?1)")
                        .setParameter(1, alerts.stream().map(a -> ((Number) a[0]).longValue()).toArray(Long[]::new))
                        .executeUpdate();
                sent++;
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Alert digest for user " + id + " not sent; it goes with the next run", e);
                failed++;
            }
        }
        return new Outcome(sent, failed);
    }

    private static String digest(List<Object[]> alerts, Locale locale) {
        StringBuilder text = new StringBuilder(DomainMessages.text("alertMail.intro", locale)).append("\n\n");
        for (Object[] alert : alerts) {
            LocalDate due = ((java.sql.Date) alert[2]).toLocalDate();
            text.append("- ").append(DAY.format(due)).append(" : ")
                    .append(DomainMessages.text("alertMail.kind." + alert[1], locale))
                    .append(" (").append(alert[3]).append(")\n");
        }
        return text.append("\n").append(DomainMessages.text("alertMail.outro", locale)).toString();
    }

    private void send(String to, String text, Locale locale, int count) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(DomainMessages.text("alertMail.subject", locale, count), "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}
