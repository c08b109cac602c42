package org.ancrage.households;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.system.Audited;
import java.time.Period;

/** A member of a household. */
@Entity
@Table(name = "person")
public class Person implements Serializable, Audited {

    public static final int NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person")
    @SequenceGenerator(name = "person", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private Household household;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "last_name", length = NAME_LENGTH, nullable = false)
    private String lastName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "first_name", length = NAME_LENGTH, nullable = false)
    private String firstName;

    @Past
    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Pattern(regexp = "[FMX]")
    @Column(name = "sex", length = 1)
    private String sex;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", length = 16, nullable = false)
    private Relationship relationship;

    /** The day the member left the household; null while they live in it. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Person() {
    }

    public Person(String lastName, String firstName, LocalDate birthDate, String sex, Relationship relationship) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.relationship = relationship;
    }

    void joinHousehold(Household household) {
        this.household = household;
    }

    /** Corrects who the member is. */
    public void correct(String lastName, String firstName, LocalDate birthDate, String sex, Relationship relationship) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.relationship = relationship;
    }

    void leave(LocalDate on) {
        if (on == null) {
            throw new HouseholdRefused("household.member.leftOnMissing");
        }
        if (leftOn != null) {
            throw new HouseholdRefused("household.member.alreadyLeft", leftOn);
        }
        if (birthDate != null && on.isBefore(birthDate)) {
            throw new HouseholdRefused("household.member.leftBeforeBirth", birthDate);
        }
        this.leftOn = on;
    }

    public int ageOn(LocalDate date) {
        return birthDate == null ? -1 : Period.between(birthDate, date).getYears();
    }

    public Long getId() {
        return id;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getSex() {
        return sex;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    @Override
    public Long auditHouseholdId() {
        return household == null ? null : household.getId();
    }
}
