package org.ancrage.landlords;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.system.Audited;

/** A landlord the association rents from or manages for, with the exchanges it had with them. */
@Entity
@Table(name = "landlord")
public class Landlord implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "landlord")
    @SequenceGenerator(name = "landlord", sequenceName = "landlord_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private LandlordKind kind;

    @NotBlank
    @Size(max = 160)
    @Column(name = "name", length = 160, nullable = false)
    private String name;

    @Size(max = 120)
    @Column(name = "contact_person", length = 120)
    private String contactPerson;

    @Size(max = 240)
    @Column(name = "address", length = 240)
    private String address;

    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Valid
    @OneToMany(mappedBy = "landlord", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredOn desc, id desc")
    private List<LandlordExchange> exchanges = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Landlord() {
    }

    public Landlord(LandlordKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /** Name, kind and how to reach them. */
    public void describe(LandlordKind kind, String name, String contactPerson, String address, String phone,
            String email) {
        this.kind = kind;
        this.name = name;
        this.contactPerson = contactPerson;
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    public LandlordExchange recordExchange(LocalDate on, ExchangeChannel channel, String summary, String by) {
        LandlordExchange exchange = new LandlordExchange(this, on, channel, summary, by);
        exchanges.add(0, exchange);
        return exchange;
    }

    public Long getId() {
        return id;
    }

    public LandlordKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public List<LandlordExchange> getExchanges() {
        return exchanges;
    }

    public long getVersion() {
        return version;
    }
}
