package org.ancrage.programmes;

import static org.ancrage.programmes.ContactType.ACCOMPANIMENT;
import static org.ancrage.programmes.ContactType.HOME_VISIT;
import static org.ancrage.programmes.ContactType.OFFICE_APPOINTMENT;

import java.util.EnumSet;
import java.util.List;

/**
 * Ready-made programmes, one per programme described by the associations' own pages (ALSA,
 * ASLD, ASL, APAR, UDAF 55). An association installs them and adjusts them to its agreements;
 * each template's code says whose practice it copies.
 */
public final class ProgrammeTemplates {

    private static final String STATE = "État (DDETS)";
    private static final String DEPARTMENT = "Conseil départemental (FSL)";
    private static final String CAF = "CAF";

    private ProgrammeTemplates() {
    }

    public static List<Programme> all() {
        return List.of(alsaImlSublease(), asldImlClassique(), asldImlPlus(), aslManagementMandate(), aslCafSimple(),
                aslCafReinforced(), aparAvdl(), aparAvdlDiagnostic(), aparIml(), aparAsll(), udaf55Asll());
    }

    /** ALSA: 6 months, renewable once 6 months, a last 6 only by DDETSPP derogation; 18 max; a visit a month. */
    public static Programme alsaImlSublease() {
        return new Programme("ALSA-IML-SOUS-LOCATION", "IML en sous-location (ALSA)", "État (DDETSPP)",
                ProgrammeKind.IML_SUBLEASE)
                .periods(6, 18, RenewalStep.of(6), RenewalStep.byDerogation(6, "DDETSPP"))
                .cadence(new ContactCadence(1, 30, EnumSet.of(HOME_VISIT, OFFICE_APPOINTMENT, ACCOMPANIMENT)))
                .evaluation(15, true)
                .eligibility(true, true, "Titre de séjour en cours de validité. À 6 mois, l’évaluation décide du "
                        + "renouvellement ou du glissement de bail.");
    }

    /** ASLD: support contract of 6 months, renewable, 18 months max; at least a home visit a month; 132 places. */
    public static Programme asldImlClassique() {
        return new Programme("ASLD-IML-CLASSIQUE", "IML classique (ASLD)", STATE, ProgrammeKind.IML_SUBLEASE)
                .periods(6, 18, RenewalStep.of(6), RenewalStep.of(6))
                .cadence(new ContactCadence(1, 30, EnumSet.of(HOME_VISIT)))
                .evaluation(15, true)
                .capacity(132)
                .eligibility(false, true, "Orientation SIAO, entretien avec la coordinatrice et un travailleur social ; "
                        + "contrat de sous-location et contrat d’accompagnement signés.");
    }

    /** ASLD IML+: the same with reinforced support; 10 places. */
    public static Programme asldImlPlus() {
        return new Programme("ASLD-IML-PLUS", "IML+ accompagnement renforcé (ASLD)", STATE, ProgrammeKind.IML_SUBLEASE)
                .periods(6, 18, RenewalStep.of(6), RenewalStep.of(6))
                .cadence(new ContactCadence(1, 30, EnumSet.of(HOME_VISIT)))
                .evaluation(15, true)
                .capacity(10)
                .eligibility(false, true, "Accompagnement renforcé ; orientation SIAO.");
    }

    /** ASL: IML in management mandate, 12 months max, starting before entry into the dwelling; 20 measures. */
    public static Programme aslManagementMandate() {
        return new Programme("ASL-IML-MANDAT", "IML en mandat de gestion (ASL)", "État (DDCS)",
                ProgrammeKind.IML_MANAGEMENT_MANDATE)
                .periods(12, 12)
                .evaluation(15, false)
                .capacity(20)
                .eligibility(false, true, "Phase préalable à l’entrée dans le logement ; adhésion du ménage "
                        + "contractualisée à la signature du bail, avec l’accord préalable du financeur.");
    }

    /** ASL: CAF "simple" support, mainly for rent arrears; no length set. */
    public static Programme aslCafSimple() {
        return new Programme("ASL-CAF-SIMPLE", "Accompagnement simple CAF (ASL)", CAF, ProgrammeKind.CAF_SIMPLE)
                .eligibility(false, false, "Surtout pour les impayés de loyer : assainir d’abord la situation "
                        + "financière, puis traiter les causes.");
    }

    /** ASL: CAF "reinforced" support, short and dense, ends if the household does not cooperate. */
    public static Programme aslCafReinforced() {
        return new Programme("ASL-CAF-RENFORCE", "Accompagnement renforcé CAF (ASL)", CAF, ProgrammeKind.CAF_REINFORCED)
                .cadence(new ContactCadence(2, 30, EnumSet.of(HOME_VISIT, OFFICE_APPOINTMENT)))
                .eligibility(false, false, "Objectifs fixés dans un contrat ; fin si le ménage ne coopère pas.");
    }

    /** APAR: AVDL, diagnostic or support, asked by a DALO commission, the CCAPEX, a shelter or a landlord. */
    public static Programme aparAvdl() {
        return new Programme("APAR-AVDL", "AVDL (APAR)", "État (DDCS, FNAVDL)", ProgrammeKind.AVDL)
                .eligibility(false, false, "Sur demande d’une commission DALO, de la CCAPEX, d’un CHRS ou d’un "
                        + "bailleur ; diagnostic ou accompagnement.");
    }

    /**
     * APAR: AVDL in its diagnostic form (seed 003: "l'établissement d'un diagnostic … peut être
     * demandé par" the DALO commission, the CCAPEX, a shelter, a landlord): no periods, a report due
     * to the requesting body. The seed sets no delay: 60 days is a default to adjust.
     */
    public static Programme aparAvdlDiagnostic() {
        return new Programme("APAR-AVDL-DIAGNOSTIC", "Diagnostic AVDL (APAR)", "État (DDCS, FNAVDL)",
                ProgrammeKind.AVDL)
                .form(ProgrammeForm.DIAGNOSTIC, 60)
                .eligibility(false, false, "Diagnostic demandé par une commission DALO, la CCAPEX, un CHRS ou un "
                        + "bailleur ; rapport adressé à l’instance demandeuse.");
    }

    /** APAR: IML, dwellings prospected and managed by the association, temporary sub-lease agreement. */
    public static Programme aparIml() {
        return new Programme("APAR-IML", "IML (APAR)", STATE, ProgrammeKind.IML_SUBLEASE)
                .eligibility(false, true, "Publics prioritaires : DALO, commission PDALPD, sortants de structure, "
                        + "ménages de bonne foi menacés d’expulsion ou expulsés.");
    }

    /** APAR Saône-et-Loire: ASLL, 6 months, renewable once 3 months, exceptionally a 2nd time 3 months. */
    public static Programme aparAsll() {
        return new Programme("APAR-ASLL-71", "ASLL Saône-et-Loire (APAR)", DEPARTMENT, ProgrammeKind.ASLL)
                .periods(6, 12, RenewalStep.of(3), RenewalStep.byDerogation(3, "Commission CUD"))
                .cadence(new ContactCadence(1, 14, EnumSet.of(HOME_VISIT)))
                .evaluation(15, true)
                .eligibility(false, false, "Validé par la commission CUD ; accès ou maintien.");
    }

    /** UDAF Meuse: ASLL access or maintenance, 3 months renewable up to 3 times, 12 max, 2 meetings a month. */
    public static Programme udaf55Asll() {
        return new Programme("UDAF55-ASLL", "ASLL accès / maintien (UDAF 55)", DEPARTMENT, ProgrammeKind.ASLL)
                .periods(3, 12, RenewalStep.of(3), RenewalStep.of(3), RenewalStep.of(3))
                .cadence(new ContactCadence(2, 30, EnumSet.of(HOME_VISIT, OFFICE_APPOINTMENT)))
                .evaluation(10, true)
                .followUpAfter(6)
                .eligibility(false, false, "Bilan de fin de mesure adressé 10 jours avant l’échéance aux responsables "
                        + "MTAS et UTAS ; visite de suivi 6 mois après la fin avec l’assistante sociale de secteur. "
                        + "Non éligibles : ménages dont les déficiences excluent l’autonomie.");
    }
}
