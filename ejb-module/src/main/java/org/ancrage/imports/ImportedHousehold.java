package org.ancrage.imports;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ancrage.households.Household;
import org.ancrage.households.Person;
import org.ancrage.households.ResidenceStatus;
import org.ancrage.money.Money;

/**
 * A household as a file says it, laid over the one already imported from that file: only the
 * columns the mapping names are read, and only what differs is changed, so that importing the
 * same file twice changes nothing. Members are matched by their last and first names; one the
 * file no longer names stays (the file never removes anybody).
 */
final class ImportedHousehold {

    private ImportedHousehold() {
    }

    /** A new household of {@code serviceUnitId} from the draft. */
    static Household create(HouseholdDraft draft, Long serviceUnitId, Set<ImportField> mapped) {
        HouseholdDraft.Member head = draft.members().stream()
                .filter(m -> m.relationship() == org.ancrage.households.Relationship.HEAD).findFirst().orElseThrow();
        Household household = new Household(serviceUnitId, person(head));
        draft.members().stream().filter(m -> m != head).forEach(m -> household.add(person(m)));
        overlay(household, draft, mapped, true);
        return household;
    }

    /**
     * Whether the draft differs from {@code household} (in the columns mapped); when {@code apply},
     * the household takes the draft's values.
     */
    static boolean overlay(Household household, HouseholdDraft draft, Set<ImportField> mapped, boolean apply) {
        boolean changed = false;
        var composition = pick(mapped, ImportField.COMPOSITION, draft.composition(), household.getComposition());
        var resource = pick(mapped, ImportField.MAIN_RESOURCE, draft.mainResource(), household.getMainResource());
        Money resources = pick(mapped, ImportField.MONTHLY_RESOURCES,
                draft.monthlyResources() == null ? null : Money.of(draft.monthlyResources()),
                household.getMonthlyResources());
        if (composition != household.getComposition() || resource != household.getMainResource()
                || !Objects.equals(resources, household.getMonthlyResources())) {
            changed = true;
            if (apply) {
                household.describe(composition, resource, resources);
            }
        }
        var nationality = pick(mapped, ImportField.NATIONALITY, draft.nationality(), household.getNationality());
        LocalDate permit = pick(mapped, ImportField.RESIDENCE_PERMIT_UNTIL, draft.permitValidUntil(),
                household.getResidenceStatusValidUntil());
        if (nationality != household.getNationality() || !Objects.equals(permit, household.getResidenceStatusValidUntil())) {
            changed = true;
            if (apply) {
                household.residenceStatus(new ResidenceStatus(nationality, permit,
                        household.getResidenceReceiptValidUntil()));
            }
        }
        String address = pick(mapped, ImportField.ADDRESS, draft.address(), household.getAddress());
        String phone = pick(mapped, ImportField.PHONE, draft.phone(), household.getPhone());
        String email = pick(mapped, ImportField.EMAIL, draft.email(), household.getEmail());
        if (!Objects.equals(address, household.getAddress()) || !Objects.equals(phone, household.getPhone())
                || !Objects.equals(email, household.getEmail())) {
            changed = true;
            if (apply) {
                household.contactDetails(address, phone, email);
            }
        }
        for (HouseholdDraft.Member member : draft.members()) {
            Optional<Person> known = household.getMembers().stream().filter(p -> same(p, member)).findFirst();
            if (known.isEmpty()) {
                changed = true;
                if (apply) {
                    household.add(person(member));
                }
                continue;
            }
            Person person = known.get();
            LocalDate birth = pick(mapped, ImportField.BIRTH_DATE, member.birthDate(), person.getBirthDate());
            String sex = pick(mapped, ImportField.SEX, member.sex(), person.getSex());
            var relationship = pick(mapped, ImportField.RELATIONSHIP, member.relationship(), person.getRelationship());
            if (person.getId() != null && (!Objects.equals(birth, person.getBirthDate())
                    || !Objects.equals(sex, person.getSex()) || relationship != person.getRelationship())) {
                changed = true;
                if (apply) {
                    household.correctMember(person.getId(), person.getLastName(), person.getFirstName(), birth, sex,
                            relationship);
                }
            }
        }
        return changed;
    }

    private static <T> T pick(Set<ImportField> mapped, ImportField field, T fromFile, T current) {
        return mapped.contains(field) ? fromFile : current;
    }

    private static boolean same(Person person, HouseholdDraft.Member member) {
        return FrenchValues.normalise(person.getLastName()).equals(FrenchValues.normalise(member.lastName()))
                && FrenchValues.normalise(person.getFirstName()).equals(FrenchValues.normalise(member.firstName()));
    }

    private static Person person(HouseholdDraft.Member member) {
        return new Person(member.lastName(), member.firstName(), member.birthDate(), member.sex(), member.relationship());
    }
}
