package org.ancrage.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The association's identity keeps a name, and a SIRET only when its 14 digits' Luhn key holds. */
class AssociationTest {

    @Test
    void aSiretIsFourteenDigitsWhoseKeyHoldsTypedWithOrWithoutSpaces() {
        Association association = new Association("  Toit Meusien ", null, "732 829 320 00074", null);
        assertEquals("73282932000074", association.getSiret());
        assertEquals("732 829 320 00074", association.getSiretAsRead());
        assertEquals("Toit Meusien", association.getName());
        assertEquals("association.siret", assertThrows(AssociationRefused.class,
                () -> new Association("Toit", null, "73282932000075", null)).messageKey(), "its key fails");
        assertEquals("association.siret", assertThrows(AssociationRefused.class,
                () -> new Association("Toit", null, "7328293200007", null)).messageKey(), "13 digits");
        assertEquals("association.siret", assertThrows(AssociationRefused.class,
                () -> new Association("Toit", null, "7328293200007A", null)).messageKey(), "a letter");
        assertNull(new Association("Toit", " ", " ", "").getSiret(), "none given");
    }

    @Test
    void aNameIsRequiredAndEachFieldHasItsLength() {
        assertEquals("association.nameRequired", assertThrows(AssociationRefused.class,
                () -> new Association(" ", null, null, null)).messageKey());
        assertEquals("association.nameTooLong", assertThrows(AssociationRefused.class,
                () -> new Association("x".repeat(Association.NAME_LENGTH + 1), null, null, null)).messageKey());
        assertEquals("association.addressTooLong", assertThrows(AssociationRefused.class,
                () -> new Association("Toit", "x".repeat(Association.ADDRESS_LENGTH + 1), null, null)).messageKey());
        assertEquals("association.signatoryTooLong", assertThrows(AssociationRefused.class,
                () -> new Association("Toit", null, null, "x".repeat(Association.SIGNATORY_LENGTH + 1))).messageKey());
    }
}
