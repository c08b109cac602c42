package org.ancrage.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Whether an uploaded file is what it claims to be, before anything is kept:
 * <ul>
 * <li>its name carries no control character (NUL…) and no bidirectional override (a
 * right-to-left override makes {@code facture‮fdp.exe} read as {@code facture.exe.pdf});</li>
 * <li>its extension, when it has one, is an accepted one and agrees with its first bytes;</li>
 * <li>a PDF or an image carries no HTML a browser could sniff and run (PDF/HTML polyglots);</li>
 * <li>an office file (a ZIP) is a whole, readable archive whose local entries and central
 * directory agree, whose entries make the claimed type (a {@code .docx} has
 * {@code word/document.xml}, an {@code .odt} the OpenDocument text {@code mimetype}), with no
 * macro, no executable ({@code facture.pdf.exe}), no path out of the archive, and no bomb.</li>
 * </ul>
 * Each refusal is a {@link DocumentRefused} with its own key.
 */
public final class UploadCheck {

    /** The office types accepted, by extension. */
    public enum OfficeType {
        DOCX("word/document.xml", null), XLSX("xl/workbook.xml", null), PPTX("ppt/presentation.xml", null),
        ODT(null, "application/vnd.oasis.opendocument.text"),
        ODS(null, "application/vnd.oasis.opendocument.spreadsheet"),
        ODP(null, "application/vnd.oasis.opendocument.presentation");

        private final String mainPart;
        private final String openDocumentType;

        OfficeType(String mainPart, String openDocumentType) {
            this.mainPart = mainPart;
            this.openDocumentType = openDocumentType;
        }
    }

    /** The most entries, and uncompressed bytes, an office file may hold (a zip bomb holds more). */
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;

    private static final Map<String, DocumentKind> EXTENSIONS = Map.of("pdf", DocumentKind.PDF, "png",
            DocumentKind.PNG, "jpg", DocumentKind.JPEG, "jpeg", DocumentKind.JPEG, "docx", DocumentKind.OFFICE, "xlsx",
            DocumentKind.OFFICE, "pptx", DocumentKind.OFFICE, "odt", DocumentKind.OFFICE, "ods", DocumentKind.OFFICE,
            "odp", DocumentKind.OFFICE);

    private static final Set<String> EXECUTABLE = Set.of("exe", "dll", "com", "bat", "cmd", "scr", "pif", "msi", "js",
            "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "jar", "sh", "hta", "lnk", "cpl", "app", "apk", "elf", "so",
            "dylib", "py", "pl", "php", "html", "htm", "xhtml");

    /** What browsers sniff as HTML, looked for in PDFs and images (as bytes, any case). */
    private static final List<String> HTML_MARKERS = List.of("<html", "<script", "<body", "<iframe", "<!doctype html",
            "<svg", "<object", "<embed", "<meta", "javascript:");

    private UploadCheck() {
    }

    /**
     * Checks the name and the content together.
     *
     * @return the kind of the file
     * @throws DocumentRefused when the file is not what it claims, or not acceptable at all
     */
    public static DocumentKind check(String fileName, byte[] content) {
        checkName(fileName);
        DocumentKind kind = DocumentKind.recognise(content)
                .orElseThrow(() -> new DocumentRefused("document.kindRefused"));
        String extension = extension(fileName);
        if (extension != null) {
            DocumentKind claimed = EXTENSIONS.get(extension);
            if (claimed == null) {
                throw new DocumentRefused("document.kindRefused");
            }
            if (claimed != kind) {
                throw new DocumentRefused("document.notWhatItClaims", extension.toUpperCase(Locale.ROOT));
            }
        }
        if (kind == DocumentKind.OFFICE) {
            checkOffice(content, extension == null ? null : OfficeType.valueOf(extension.toUpperCase(Locale.ROOT)));
        } else {
            checkNoHtml(content, kind == DocumentKind.PDF ? content.length : Math.min(content.length, 4096));
        }
        return kind;
    }

    /** A name with a control character or a bidirectional control is refused, not cleaned. */
    public static void checkName(String fileName) {
        if (fileName == null) {
            return;
        }
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                // FORMAT covers the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), U+200E/F, U+061C
                throw new DocumentRefused("document.nameRefused");
            }
        }
    }

    /** The extension of the name's last part, lower case, or null when it has none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void checkNoHtml(byte[] content, int length) {
        String text = new String(content, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String marker : HTML_MARKERS) {
            if (text.contains(marker)) {
                throw new DocumentRefused("document.polyglot");
            }
        }
    }

    private static void checkOffice(byte[] content, OfficeType claimed) {
        List<String> local = new ArrayList<>();
        String mimetype = null;
        long uncompressed = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                checkEntryName(entry.getName());
                local.add(entry.getName());
                if (local.size() > MAX_ENTRIES) {
                    throw new DocumentRefused("document.archiveRefused");
                }
                boolean isMimetype = local.size() == 1 && entry.getName().equals("mimetype");
                byte[] buffer = new byte[8192];
                StringBuilder head = new StringBuilder();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    uncompressed += n;
                    if (uncompressed > MAX_UNCOMPRESSED) {
                        throw new DocumentRefused("document.archiveRefused");
                    }
                    if (isMimetype && head.length() < 200) {
                        head.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                    }
                }
                if (isMimetype) {
                    mimetype = head.toString().strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentRefused("document.archiveRefused");
        }
        if (local.isEmpty() || !new HashSet<>(local).equals(centralDirectory(content)) || local.size() != new HashSet<>(
                local).size()) {
            throw new DocumentRefused("document.archiveRefused");
        }
        Optional<OfficeType> found = typeOf(local, mimetype);
        if (found.isEmpty() || (claimed != null && found.get() != claimed)) {
            throw new DocumentRefused("document.notWhatItClaims",
                    claimed == null ? "DOCX, XLSX, PPTX, ODT, ODS, ODP" : claimed.name());
        }
    }

    private static void checkEntryName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("/") || name.contains("\\") || name.contains("../") || name.equals("..")
                || name.contains(":")) {
            throw new DocumentRefused("document.archiveRefused");
        }
        checkName(name);
        if (lower.endsWith("vbaproject.bin") || lower.startsWith("basic/") || lower.contains("/basic/")
                || lower.startsWith("scripts/")) {
            throw new DocumentRefused("document.macroInside");
        }
        for (String part : lower.split("/")) {
            int dot = part.lastIndexOf('.');
            if (dot >= 0 && EXECUTABLE.contains(part.substring(dot + 1))) {
                throw new DocumentRefused("document.executableInside", part);
            }
        }
    }

    /** The entry names of the archive's central directory (what most readers trust), read from a private copy. */
    private static Set<String> centralDirectory(byte[] content) {
        Path copy = null;
        try {
            try {
                copy = Files.createTempFile("ancrage-upload", ".zip",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                copy = Files.createTempFile("ancrage-upload", ".zip");
            }
            Files.write(copy, content);
            Set<String> names = new HashSet<>();
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    names.add(entries.nextElement().getName());
                    if (names.size() > MAX_ENTRIES) {
                        throw new DocumentRefused("document.archiveRefused");
                    }
                }
            }
            return names;
        } catch (ZipException e) {
            throw new DocumentRefused("document.archiveRefused");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file of the system's temporary folder: nothing more to do
                }
            }
        }
    }

    private static Optional<OfficeType> typeOf(List<String> entries, String mimetype) {
        for (OfficeType type : OfficeType.values()) {
            if (type.openDocumentType != null ? type.openDocumentType.equals(mimetype)
                    : entries.contains("[Content_Types].xml") && entries.contains(type.mainPart)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
