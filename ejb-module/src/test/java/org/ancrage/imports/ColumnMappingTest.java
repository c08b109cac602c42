package org.ancrage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ancrage.households.Relationship;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    @Test
    void frenchHeadingsSuggestTheirFields() {
        ColumnMapping suggested = ColumnMapping.suggestedFor(List.of("N° dossier", "NOM", "Prénom",
                "Date de naissance", "Lien avec le chef de ménage", "Téléphone", "Observations"));
        assertEquals(ImportField.KEY, suggested.byHeading().get("N° dossier"));
        assertEquals(ImportField.LAST_NAME, suggested.byHeading().get("NOM"));
        assertEquals(ImportField.FIRST_NAME, suggested.byHeading().get("Prénom"));
        assertEquals(ImportField.BIRTH_DATE, suggested.byHeading().get("Date de naissance"));
        assertEquals(ImportField.RELATIONSHIP, suggested.byHeading().get("Lien avec le chef de ménage"));
        assertEquals(ImportField.PHONE, suggested.byHeading().get("Téléphone"));
        assertFalse(suggested.byHeading().containsKey("Observations"));
    }

    @Test
    void rowsOfOneIdentifierMakeOneHouseholdWithItsHead() {
        List<String> headings = List.of("Id", "Nom", "Prénom", "Lien", "Né le", "Ressources mensuelles");
        ImportTable table = new ImportTable(headings, List.of(
                new ImportTable.Row(2, List.of("A1", "Durand", "Hélène", "Chef de ménage", "05/09/1980", "1 234,50")),
                new ImportTable.Row(3, List.of("A2", "Martin", "Paul", "Chef de famille", "", "")),
                new ImportTable.Row(4, List.of("A1", "Durand", "Léo", "Enfant", "01/02/2015", ""))));
        ColumnMapping mapping = ColumnMapping.suggestedFor(headings);
        List<HouseholdRows> groups = HouseholdRows.of(table, mapping);
        assertEquals(2, groups.size());
        HouseholdDraft durand = HouseholdDraft.of(groups.get(0), mapping, TODAY);
        assertFalse(durand.refused(), durand.errors().toString());
        assertEquals("2, 4", durand.rowNumbers());
        assertEquals(List.of(Relationship.HEAD, Relationship.CHILD),
                durand.members().stream().map(HouseholdDraft.Member::relationship).toList());
        assertEquals(0, new java.math.BigDecimal("1234.50").compareTo(durand.monthlyResources()));
    }

    @Test
    void eachErrorNamesItsRowAndColumnInFrench() {
        List<String> headings = List.of("Id", "Nom", "Prénom", "Lien", "Date de naissance");
        ImportTable table = new ImportTable(headings, List.of(
                new ImportTable.Row(2, List.of("B1", "Durand", "", "Chef de ménage", "31/02/2017")),
                new ImportTable.Row(3, List.of("B1", "Durand", "Léo", "Cousin", "01/02/2015"))));
        ColumnMapping mapping = ColumnMapping.suggestedFor(headings);
        HouseholdDraft draft = HouseholdDraft.of(HouseholdRows.of(table, mapping).get(0), mapping, TODAY);
        assertTrue(draft.refused());
        List<String> texts = draft.errors().stream().map(e -> e.text(Locale.FRENCH)).toList();
        assertTrue(texts.contains("Ligne 2, colonne « Prénom » : valeur obligatoire"), texts.toString());
        assertTrue(texts.contains("Ligne 2, colonne « Date de naissance » : « 31/02/2017 » n’est pas une date"
                + " (attendu : 05/09/2017)"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Ligne 3, colonne « Lien » : « Cousin »")),
                texts.toString());
    }
}
