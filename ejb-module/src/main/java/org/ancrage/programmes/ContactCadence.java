package org.ancrage.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * How often a programme wants the household seen: at least {@code contacts} contacts of the
 * counted types every {@code perDays} days (ALSA: 1 home visit a month; UDAF 55: 2 meetings a month).
 */
@Embeddable
public class ContactCadence implements Serializable {

    @Column(name = "cadence_contacts")
    private Integer contacts;

    @Column(name = "cadence_per_days")
    private Integer perDays;

    @Convert(converter = ContactTypesConverter.class)
    @Column(name = "cadence_types", length = 200)
    private Set<ContactType> countedTypes = EnumSet.noneOf(ContactType.class);

    protected ContactCadence() {
    }

    public ContactCadence(int contacts, int perDays, Set<ContactType> countedTypes) {
        if (contacts < 1 || perDays < 1 || countedTypes == null || countedTypes.isEmpty()) {
            throw new ProgrammeRefused("programme.cadence.incomplete");
        }
        this.contacts = contacts;
        this.perDays = perDays;
        this.countedTypes = EnumSet.copyOf(countedTypes);
    }

    /** No cadence: the programme sets none (AVDL "variable", CAF simple). */
    public static ContactCadence none() {
        return new ContactCadence();
    }

    public boolean isSet() {
        return contacts != null && perDays != null && countedTypes != null && !countedTypes.isEmpty();
    }

    public int contacts() {
        return contacts == null ? 0 : contacts;
    }

    public int perDays() {
        return perDays == null ? 0 : perDays;
    }

    public boolean counts(ContactType type) {
        return countedTypes != null && countedTypes.contains(type);
    }

    public Set<ContactType> countedTypes() {
        return countedTypes == null ? Set.of() : Set.copyOf(countedTypes);
    }
}
