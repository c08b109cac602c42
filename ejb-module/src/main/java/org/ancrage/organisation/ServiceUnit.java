package org.ancrage.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.ancrage.system.Audited;

/** A service (antenne) of the association: it follows households and employs workers. */
@Entity
@Table(name = "service_unit")
public class ServiceUnit implements Serializable, Audited {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_unit")
    @SequenceGenerator(name = "service_unit", sequenceName = "service_unit_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_-]+")
    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version")
    private long version;

    protected ServiceUnit() {
    }

    public ServiceUnit(String code, String name) {
        this.code = code;
        this.name = checkedName(name);
    }

    /** Renames the service; its code, used in exports and the API, stays. */
    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new ServiceUnitRefused("serviceUnit.nameRequired");
        }
        if (name.trim().length() > NAME_LENGTH) {
            throw new ServiceUnitRefused("serviceUnit.nameTooLong", NAME_LENGTH);
        }
        return name.trim();
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
