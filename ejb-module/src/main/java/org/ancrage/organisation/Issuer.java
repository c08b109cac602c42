package org.ancrage.organisation;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import jakarta.persistence.EntityManager;
import org.ancrage.system.AssociationIdentity;
import org.ancrage.system.Entities;

/**
 * Who issues a paper: the association's name, and its address, SIRET, signatory and logo when an
 * administrator described it (Administration › Association).
 */
public record Issuer(String name, String address, String siret, String signatory, byte[] logo) {

    private static final Font NAME = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    public static Issuer named(String name) {
        return new Issuer(name, null, null, null, null);
    }

    /**
     * The association as an administrator described it; before that, the name set in the domain
     * ({@code ancrage.association.name}), or else the service {@code serviceUnitId} (the one managing
     * the dwelling, following the household).
     */
    public static Issuer of(EntityManager em, long serviceUnitId) {
        Association described = em.find(Association.class, Association.THE_ONE);
        if (described != null) {
            return new Issuer(described.getName(), described.getAddress(), described.getSiretAsRead(),
                    described.getSignatory(), described.getLogo());
        }
        return named(AssociationIdentity.name().orElseGet(
                () -> Entities.require(em, ServiceUnit.class, serviceUnitId).getName()));
    }

    /** Opens {@code document} as a paper of this issuer: its letterhead, then {@code title}. */
    public void opens(Document document, String title) {
        document.addTitle(title);
        document.addCreator("Ancrage");
        document.open();
        letterhead(document);
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(12);
        document.add(heading);
    }

    /** The head of an open PDF paper: the logo, the name, then the address and the SIRET when known. */
    public void letterhead(Document document) {
        if (logo != null) {
            try {
                Image image = Image.getInstance(logo);
                image.scaleToFit(140, 56);
                document.add(image);
            } catch (Exception unreadable) {
                // checked when it was given (PNG or JPEG by its bytes); a paper is never refused for its logo
            }
        }
        document.add(new Paragraph(name, NAME));
        if (address != null) {
            document.add(new Paragraph(address, TEXT));
        }
        if (siret != null) {
            document.add(new Paragraph("SIRET " + siret, SMALL));
        }
    }
}
