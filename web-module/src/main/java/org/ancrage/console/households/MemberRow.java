package org.ancrage.console.households;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;

/** A member as typed in a household form: who they are, their place in the household. */
public class MemberRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @Size(max = Person.NAME_LENGTH)
    private String lastName;
    @Size(max = Person.NAME_LENGTH)
    private String firstName;
    @Past
    private LocalDate birthDate;
    private String sex;
    private Relationship relationship;

    public MemberRow() {
    }

    MemberRow(Relationship relationship) {
        this.relationship = relationship;
    }

    static MemberRow of(Person person) {
        MemberRow row = new MemberRow(person.getRelationship());
        row.id = person.getId();
        row.lastName = person.getLastName();
        row.firstName = person.getFirstName();
        row.birthDate = person.getBirthDate();
        row.sex = person.getSex();
        return row;
    }

    Person toPerson() {
        return new Person(lastName.strip(), firstName.strip(), birthDate, sex == null || sex.isEmpty() ? null : sex,
                relationship);
    }

    public Long getId() {
        return id;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }
}
