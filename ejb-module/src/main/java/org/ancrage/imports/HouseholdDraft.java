package org.ancrage.imports;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ancrage.households.Composition;
import org.ancrage.households.Nationality;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.households.ResourceType;

/**
 * A household as the rows of a file say it, every value checked: the household's own fields (the
 * first row that fills each), and its members, exactly one of them its head. What cannot be read
 * is a {@link RowError} naming the row and the column; a household with one is refused whole.
 */
public record HouseholdDraft(String key, String rowNumbers, Composition composition, ResourceType mainResource,
        BigDecimal monthlyResources, Nationality nationality, LocalDate permitValidUntil, String address,
        String phone, String email, List<Member> members, List<RowError> errors) implements Serializable {

    /** A member as a row says it. */
    public record Member(int row, String lastName, String firstName, LocalDate birthDate, String sex,
            Relationship relationship) implements Serializable {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public boolean refused() {
        return !errors.isEmpty();
    }

    /** Reads and checks the rows of one household; {@code today} for birth dates in the future. */
    public static HouseholdDraft of(HouseholdRows group, ColumnMapping mapping, LocalDate today) {
        Reading reading = new Reading(group.headings(), mapping);
        List<Member> members = new ArrayList<>();
        for (ImportTable.Row row : group.rows()) {
            reading.required(row, ImportField.KEY);
            String lastName = reading.text(row, ImportField.LAST_NAME, Person.NAME_LENGTH);
            String firstName = reading.text(row, ImportField.FIRST_NAME, Person.NAME_LENGTH);
            Optional<LocalDate> birth = reading.date(row, ImportField.BIRTH_DATE);
            birth.filter(d -> !d.isBefore(today)).ifPresent(d -> reading.error(row, ImportField.BIRTH_DATE,
                    "import.value.birthNotPast", reading.cell(row, ImportField.BIRTH_DATE)));
            String sex = reading.code(row, ImportField.SEX, ImportField.SEXES, new String[] {"F", "M", "X"}, null);
            Relationship relationship = reading.code(row, ImportField.RELATIONSHIP, ImportField.RELATIONSHIPS,
                    Relationship.values(), mapping.headingOf(ImportField.RELATIONSHIP).isEmpty() ? Relationship.HEAD : null);
            if (relationship == null && reading.cell(row, ImportField.RELATIONSHIP).isEmpty()) {
                reading.error(row, ImportField.RELATIONSHIP, "import.value.required");
            }
            if (!lastName.isEmpty() && !firstName.isEmpty() && relationship != null) {
                members.add(new Member(row.number(), lastName, firstName, birth.orElse(null), sex, relationship));
            }
        }
        List<Member> heads = members.stream().filter(m -> m.relationship() == Relationship.HEAD).toList();
        if (heads.size() > 1) {
            reading.errors.add(new RowError(heads.get(1).row(), mapping.headingOf(ImportField.RELATIONSHIP).orElse(null),
                    "import.household.twoHeads", group.key(), Integer.toString(heads.get(0).row())));
        } else if (heads.isEmpty() && reading.errors.isEmpty()) {
            reading.errors.add(new RowError(group.firstRow(), mapping.headingOf(ImportField.RELATIONSHIP).orElse(null),
                    "import.household.noHead", group.key()));
        }
        // The household's own fields: the first row that fills each.
        Composition composition = null;
        ResourceType resource = null;
        BigDecimal resources = null;
        Nationality nationality = null;
        LocalDate permit = null;
        String address = null;
        String phone = null;
        String email = null;
        for (ImportTable.Row row : group.rows()) {
            composition = composition != null ? composition : reading.code(row, ImportField.COMPOSITION,
                    ImportField.COMPOSITIONS, Composition.values(), null);
            resource = resource != null ? resource : reading.code(row, ImportField.MAIN_RESOURCE,
                    ImportField.RESOURCES, ResourceType.values(), null);
            resources = resources != null ? resources : reading.amount(row, ImportField.MONTHLY_RESOURCES);
            nationality = nationality != null ? nationality : reading.code(row, ImportField.NATIONALITY,
                    ImportField.NATIONALITIES, Nationality.values(), null);
            permit = permit != null ? permit : reading.date(row, ImportField.RESIDENCE_PERMIT_UNTIL).orElse(null);
            address = address != null ? address : reading.optionalText(row, ImportField.ADDRESS, 240);
            phone = phone != null ? phone : reading.optionalText(row, ImportField.PHONE, 30);
            String mail = reading.optionalText(row, ImportField.EMAIL, 254);
            if (mail != null && !EMAIL.matcher(mail).matches()) {
                reading.error(row, ImportField.EMAIL, "import.value.email", mail);
            } else if (email == null) {
                email = mail;
            }
        }
        return new HouseholdDraft(group.key(), group.rowNumbers(), composition, resource, resources, nationality,
                permit, address, phone, email, List.copyOf(members), List.copyOf(reading.errors));
    }

    /** Reads the cells of rows under a mapping, noting each error. */
    private static final class Reading {

        private final List<String> headings;
        private final ColumnMapping mapping;
        private final List<RowError> errors = new ArrayList<>();

        Reading(List<String> headings, ColumnMapping mapping) {
            this.headings = headings;
            this.mapping = mapping;
        }

        String cell(ImportTable.Row row, ImportField field) {
            return mapping.headingOf(field).map(h -> row.cell(headings.indexOf(h))).orElse("");
        }

        void error(ImportTable.Row row, ImportField field, String key, Object... arguments) {
            errors.add(new RowError(row.number(), mapping.headingOf(field).orElse(null), key, arguments));
        }

        void required(ImportTable.Row row, ImportField field) {
            if (cell(row, field).isEmpty()) {
                error(row, field, "import.value.required");
            }
        }

        String text(ImportTable.Row row, ImportField field, int length) {
            String value = cell(row, field);
            if (value.isEmpty()) {
                error(row, field, "import.value.required");
            } else if (value.length() > length) {
                error(row, field, "import.value.tooLong", length);
            }
            return value;
        }

        String optionalText(ImportTable.Row row, ImportField field, int length) {
            String value = cell(row, field);
            if (value.length() > length) {
                error(row, field, "import.value.tooLong", length);
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        Optional<LocalDate> date(ImportTable.Row row, ImportField field) {
            String value = cell(row, field);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            Optional<LocalDate> date = FrenchValues.date(value);
            if (date.isEmpty()) {
                error(row, field, "import.value.dateInvalid", value);
            }
            return date;
        }

        BigDecimal amount(ImportTable.Row row, ImportField field) {
            String value = cell(row, field);
            if (value.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> amount = FrenchValues.amount(value);
            if (amount.isEmpty()) {
                error(row, field, "import.value.amountInvalid", value);
            }
            return amount.orElse(null);
        }

        <T> T code(ImportTable.Row row, ImportField field, Map<String, T> words, T[] constants, T absent) {
            String value = cell(row, field);
            if (value.isEmpty()) {
                return absent;
            }
            Optional<T> code = ImportField.code(words, constants, value);
            if (code.isEmpty()) {
                error(row, field, "import.value.unknown", value);
            }
            return code.orElse(null);
        }
    }
}
