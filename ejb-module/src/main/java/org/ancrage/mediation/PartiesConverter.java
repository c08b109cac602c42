package org.ancrage.mediation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The parties of an incident as one column, e.g. {@code HOUSEHOLD,LANDLORD}. */
@Converter
public class PartiesConverter implements AttributeConverter<Set<Party>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Party> parties) {
        return parties == null ? "" : parties.stream().sorted().map(Party::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Party> convertToEntityAttribute(String column) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Party::valueOf).forEach(parties::add);
        }
        return parties;
    }
}
