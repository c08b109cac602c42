package org.ancrage.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.ancrage.documents.Paper;

/** How the API hands out a paper Ancrage printed: a PDF saved under its own name, in the caller's language. */
public final class Papers {

    public static final String PDF = "application/pdf";

    private Papers() {
    }

    /** A paper Ancrage printed, as an attachment. */
    public static Response.ResponseBuilder attachment(Paper paper) {
        return attachment(paper.fileName(), paper.pdf());
    }

    /** A PDF attachment (names made by Ancrage: ASCII, no quotes), to add headers to before building. */
    public static Response.ResponseBuilder attachment(String fileName, byte[] pdf) {
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** The language the caller asked for (Accept-Language), French when none. */
    public static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().filter(l -> !"*".equals(l.getLanguage())).findFirst()
                .orElse(Locale.FRENCH);
    }
}
