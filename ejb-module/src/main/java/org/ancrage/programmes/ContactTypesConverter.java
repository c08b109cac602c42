package org.ancrage.programmes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the contact types a cadence counts as one comma-separated column. */
@Converter
public class ContactTypesConverter implements AttributeConverter<Set<ContactType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ContactType> types) {
        return types == null || types.isEmpty() ? null
                : types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<ContactType> convertToEntityAttribute(String column) {
        EnumSet<ContactType> types = EnumSet.noneOf(ContactType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(ContactType::valueOf).forEach(types::add);
        }
        return types;
    }
}
