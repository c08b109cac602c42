package org.ancrage.console;

import org.ancrage.documents.Paper;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file the browser saves under its own name: a paper just printed or a document kept. */
public final class Downloads {

    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** A paper Ancrage printed, saved under its own name. */
    public static StreamedContent of(Paper paper) {
        return of(paper.fileName(), PDF, paper.pdf());
    }

    public static StreamedContent of(String fileName, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
