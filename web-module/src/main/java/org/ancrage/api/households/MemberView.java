package org.ancrage.api.households;

import java.time.LocalDate;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;

public record MemberView(Long id, String lastName, String firstName, LocalDate birthDate, String sex,
        Relationship relationship) {
    static MemberView of(Person p) {
        return new MemberView(p.getId(), p.getLastName(), p.getFirstName(), p.getBirthDate(), p.getSex(),
                p.getRelationship());
    }
}
