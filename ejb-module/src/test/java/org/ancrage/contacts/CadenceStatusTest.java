package org.ancrage.contacts;

import org.ancrage.programmes.ContactType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ancrage.programmes.ContactCadence;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

class CadenceStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final ContactCadence UDAF55 = ProgrammeTemplates.udaf55Asll().getCadence(); // 2 meetings / 30 days
    private static final ContactCadence ALSA = ProgrammeTemplates.alsaImlSublease().getCadence(); // 1 visit / 30 days

    private static Contact contact(LocalDate day, ContactType type) {
        return new Contact(1L, 1L, day.atTime(10, 0), type, 7L, 60, null, null);
    }

    @Test
    void twoMeetingsInTheLastThirtyDaysAreOnTime() {
        CadenceStatus status = CadenceStatus.of(UDAF55, START, List.of(
                contact(LocalDate.of(2026, 2, 10), ContactType.HOME_VISIT),
                contact(LocalDate.of(2026, 2, 24), ContactType.OFFICE_APPOINTMENT)), LocalDate.of(2026, 3, 1));
        assertFalse(status.late());
        assertEquals(2, status.countedInWindow());
        assertEquals(LocalDate.of(2026, 3, 11), status.nextDue());
    }

    @Test
    void onlyOneMeetingInTheWindowIsLate() {
        CadenceStatus status = CadenceStatus.of(UDAF55, START, List.of(
                contact(LocalDate.of(2026, 2, 24), ContactType.HOME_VISIT)), LocalDate.of(2026, 3, 1));
        assertTrue(status.late());
    }

    @Test
    void aPhoneCallDoesNotCountAsAVisit() {
        CadenceStatus status = CadenceStatus.of(ALSA, START, List.of(
                contact(LocalDate.of(2026, 2, 20), ContactType.PHONE_CALL)), LocalDate.of(2026, 3, 1));
        assertTrue(status.late());
        assertEquals(0, status.countedInWindow());
    }

    @Test
    void aMissedAppointmentDoesNotCount() {
        CadenceStatus status = CadenceStatus.of(ALSA, START, List.of(
                contact(LocalDate.of(2026, 2, 20), ContactType.MISSED_APPOINTMENT)), LocalDate.of(2026, 3, 1));
        assertTrue(status.late());
    }

    @Test
    void aMeasureYoungerThanOneWindowIsNotLate() {
        CadenceStatus status = CadenceStatus.of(ALSA, LocalDate.of(2026, 2, 20), List.of(), LocalDate.of(2026, 3, 1));
        assertFalse(status.late());
        assertEquals(LocalDate.of(2026, 3, 22), status.nextDue());
    }

    @Test
    void aProgrammeWithoutCadenceIsNeverLate() {
        CadenceStatus status = CadenceStatus.of(ProgrammeTemplates.aparAvdl().getCadence(), START, List.of(),
                LocalDate.of(2026, 12, 1));
        assertFalse(status.late());
        assertTrue(status.nextDueDate().isEmpty());
    }
}
