package org.ancrage.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoTest {

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static boolean hasImage(byte[] pdf) throws Exception {
        PdfDictionary resources = new PdfReader(pdf).getPageN(1).getAsDict(PdfName.RESOURCES);
        PdfDictionary images = resources.getAsDict(PdfName.XOBJECT);
        return images != null && !images.getKeys().isEmpty();
    }

    private static byte[] letter(Issuer issuer) {
        return new Letter(issuer, "MARTIN Awa", null, LocalDate.of(2026, 12, 3), "Objet : essai")
                .render(Locale.FRENCH, List.of(Letter.paragraph("Texte.")));
    }

    @Test
    void aLogoGivenHeadsEveryPaper() throws Exception {
        assertTrue(hasImage(letter(new Issuer("Association", null, null, null, png()))));
        assertFalse(hasImage(letter(Issuer.named("Association"))));
    }

    @Test
    void onlyAPngOrAJpegOfAtMost512KbIsTaken() throws Exception {
        Association association = new Association("Association", null, null, null);
        association.showLogo(png());
        assertTrue(association.hasLogo());
        assertEquals("association.logo.notAnImage", assertThrows(AssociationRefused.class,
                () -> association.showLogo("<svg onload=alert(1)>".getBytes())).messageKey());
        assertEquals("association.logo.tooLarge", assertThrows(AssociationRefused.class,
                () -> association.showLogo(new byte[Association.LOGO_BYTES + 1])).messageKey());
        assertTrue(association.hasLogo(), "a refused image leaves the logo as it was");
        association.showLogo(null);
        assertFalse(association.hasLogo());
    }
}
