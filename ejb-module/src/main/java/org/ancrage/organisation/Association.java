package org.ancrage.organisation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.ancrage.system.Audited;

/**
 * The association as its papers name it: its name, postal address, SIRET and the person who signs
 * for it. Set once by an administrator; one row.
 */
@Entity
@Table(name = "association")
public class Association implements Serializable, Audited {

    static final long THE_ONE = 1L;
    public static final int NAME_LENGTH = 160;
    public static final int ADDRESS_LENGTH = 300;
    public static final int SIGNATORY_LENGTH = 160;
    public static final int LOGO_BYTES = 512 * 1024;

    @Id
    private Long id = THE_ONE;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @Column(name = "siret", length = 14)
    private String siret;

    @Column(name = "signatory", length = SIGNATORY_LENGTH)
    private String signatory;

    /** PNG or JPEG, at the head of every paper; null when none was given. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Version
    @Column(name = "version")
    private long version;

    protected Association() {
    }

    Association(String name, String address, String siret, String signatory) {
        change(name, address, siret, signatory);
    }

    /**
     * Sets what the papers say. The name is required; the SIRET, when given, is 14 digits whose
     * Luhn key holds (spaces typed between the groups are dropped).
     */
    final void change(String name, String address, String siret, String signatory) {
        String named = trimmed(name);
        if (named == null) {
            throw new AssociationRefused("association.nameRequired");
        }
        if (named.length() > NAME_LENGTH) {
            throw new AssociationRefused("association.nameTooLong", NAME_LENGTH);
        }
        String at = trimmed(address == null ? null : address.replace("\r\n", "\n")); // as a browser sends lines
        if (at != null && at.length() > ADDRESS_LENGTH) {
            throw new AssociationRefused("association.addressTooLong", ADDRESS_LENGTH);
        }
        String signs = trimmed(signatory);
        if (signs != null && signs.length() > SIGNATORY_LENGTH) {
            throw new AssociationRefused("association.signatoryTooLong", SIGNATORY_LENGTH);
        }
        this.name = named;
        this.address = at;
        this.siret = checkedSiret(siret);
        this.signatory = signs;
    }

    /**
     * Sets the logo the papers bear (null: none): a PNG or a JPEG, told by its first bytes whatever its
     * name, of {@value #LOGO_BYTES} bytes at most.
     */
    void showLogo(byte[] image) {
        if (image != null && image.length > LOGO_BYTES) {
            throw new AssociationRefused("association.logo.tooLarge", LOGO_BYTES / 1024);
        }
        if (image != null && !isPng(image) && !isJpeg(image)) {
            throw new AssociationRefused("association.logo.notAnImage");
        }
        this.logo = image == null || image.length == 0 ? null : image.clone();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public boolean hasLogo() {
        return logo != null;
    }

    static String checkedSiret(String typed) {
        String digits = trimmed(typed == null ? null : typed.replaceAll("[\\s.]", ""));
        if (digits == null) {
            return null;
        }
        if (!digits.matches("\\d{14}") || !luhn(digits)) {
            throw new AssociationRefused("association.siret", typed.strip());
        }
        return digits;
    }

    /** The Luhn key of a SIREN or SIRET: every second digit from the right doubled, the sum a multiple of ten. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "123 456 789 00012", as a SIRET is read. */
    public String getSiretAsRead() {
        return siret == null ? null
                : siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
                        + siret.substring(9);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getSiret() {
        return siret;
    }

    public String getSignatory() {
        return signatory;
    }

    public long getVersion() {
        return version;
    }
}
