package org.ancrage.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ancrage.households.Composition;
import org.ancrage.households.Nationality;
import org.ancrage.households.Relationship;
import org.ancrage.households.ResourceType;

/**
 * The fields of a household and its members that a file's column can fill, with the headings
 * that suggest each one (said as {@link FrenchValues#normalise} leaves them). A file has a row per
 * person; the rows sharing the file's own identifier are one household.
 */
public enum ImportField {
    /** The household's identifier in the association's own file: what makes a second import update, not add. */
    KEY(List.of("identifiant", "id", "n dossier", "numero de dossier", "numero dossier", "dossier", "n de dossier",
            "id menage", "identifiant menage", "numero menage", "n menage", "code menage", "reference", "ref")),
    RELATIONSHIP(List.of("lien", "lien de parente", "lien avec le chef de menage", "role", "qualite",
            "place dans le menage", "lien familial")),
    LAST_NAME(List.of("nom", "nom de famille", "nom d usage", "nom usage")),
    FIRST_NAME(List.of("prenom", "prenoms")),
    BIRTH_DATE(List.of("date de naissance", "date naissance", "ne le", "nee le", "ne e le", "naissance")),
    SEX(List.of("sexe", "genre")),
    ADDRESS(List.of("adresse", "adresse postale", "domicile")),
    PHONE(List.of("telephone", "tel", "portable", "n telephone")),
    EMAIL(List.of("email", "e mail", "courriel", "mail", "adresse electronique")),
    COMPOSITION(List.of("composition", "composition familiale", "composition du menage", "type de menage")),
    MAIN_RESOURCE(List.of("ressource principale", "type de ressources", "nature des ressources",
            "principale ressource")),
    MONTHLY_RESOURCES(List.of("ressources mensuelles", "montant des ressources", "revenus mensuels",
            "ressources", "revenus")),
    NATIONALITY(List.of("nationalite")),
    RESIDENCE_PERMIT_UNTIL(List.of("titre de sejour valable jusqu au", "fin du titre de sejour",
            "fin titre de sejour", "titre de sejour", "validite du titre de sejour"));

    private final List<String> headings;

    ImportField(List<String> headings) {
        this.headings = headings;
    }

    /** The headings that suggest this field, normalised. */
    public List<String> headings() {
        return headings;
    }

    /** Whether every row must fill this field once it is mapped, and whether it must be mapped at all. */
    public boolean required() {
        return this == KEY || this == LAST_NAME || this == FIRST_NAME;
    }

    // How French files say the codes, normalised; the enum's own names are understood too.
    static final Map<String, Relationship> RELATIONSHIPS = Map.ofEntries(
            Map.entry("chef de menage", Relationship.HEAD), Map.entry("chef de famille", Relationship.HEAD),
            Map.entry("cm", Relationship.HEAD), Map.entry("demandeur", Relationship.HEAD),
            Map.entry("titulaire", Relationship.HEAD), Map.entry("referent", Relationship.HEAD),
            Map.entry("conjoint", Relationship.SPOUSE), Map.entry("conjointe", Relationship.SPOUSE),
            Map.entry("epoux", Relationship.SPOUSE), Map.entry("epouse", Relationship.SPOUSE),
            Map.entry("concubin", Relationship.SPOUSE), Map.entry("concubine", Relationship.SPOUSE),
            Map.entry("compagnon", Relationship.SPOUSE), Map.entry("compagne", Relationship.SPOUSE),
            Map.entry("enfant", Relationship.CHILD), Map.entry("fils", Relationship.CHILD),
            Map.entry("fille", Relationship.CHILD), Map.entry("autre", Relationship.OTHER));

    static final Map<String, String> SEXES = Map.of("f", "F", "femme", "F", "feminin", "F", "m", "M", "h", "M",
            "homme", "M", "masculin", "M", "x", "X", "autre", "X");

    static final Map<String, Composition> COMPOSITIONS = Map.ofEntries(
            Map.entry("personne seule", Composition.SINGLE), Map.entry("isole", Composition.SINGLE),
            Map.entry("isolee", Composition.SINGLE), Map.entry("seul", Composition.SINGLE),
            Map.entry("seule", Composition.SINGLE), Map.entry("couple", Composition.COUPLE),
            Map.entry("couple sans enfant", Composition.COUPLE),
            Map.entry("famille monoparentale", Composition.SINGLE_PARENT),
            Map.entry("monoparentale", Composition.SINGLE_PARENT), Map.entry("monoparental", Composition.SINGLE_PARENT),
            Map.entry("couple avec enfant", Composition.COUPLE_WITH_CHILDREN),
            Map.entry("couple avec enfants", Composition.COUPLE_WITH_CHILDREN), Map.entry("autre", Composition.OTHER));

    static final Map<String, ResourceType> RESOURCES = Map.ofEntries(
            Map.entry("salaire", ResourceType.SALARY), Map.entry("salaires", ResourceType.SALARY),
            Map.entry("rsa", ResourceType.RSA), Map.entry("aah", ResourceType.AAH),
            Map.entry("chomage", ResourceType.UNEMPLOYMENT_BENEFIT), Map.entry("are", ResourceType.UNEMPLOYMENT_BENEFIT),
            Map.entry("allocation chomage", ResourceType.UNEMPLOYMENT_BENEFIT),
            Map.entry("retraite", ResourceType.PENSION), Map.entry("pension", ResourceType.PENSION),
            Map.entry("allocations familiales", ResourceType.FAMILY_ALLOWANCES),
            Map.entry("prestations familiales", ResourceType.FAMILY_ALLOWANCES),
            Map.entry("aucune", ResourceType.NONE), Map.entry("sans ressources", ResourceType.NONE),
            Map.entry("autre", ResourceType.OTHER));

    static final Map<String, Nationality> NATIONALITIES = Map.ofEntries(
            Map.entry("francaise", Nationality.FRENCH), Map.entry("francais", Nationality.FRENCH),
            Map.entry("france", Nationality.FRENCH), Map.entry("ue", Nationality.EU_EEA_SWISS),
            Map.entry("union europeenne", Nationality.EU_EEA_SWISS), Map.entry("europeenne", Nationality.EU_EEA_SWISS),
            Map.entry("eee", Nationality.EU_EEA_SWISS), Map.entry("suisse", Nationality.EU_EEA_SWISS),
            Map.entry("hors ue", Nationality.OTHER), Map.entry("etrangere", Nationality.OTHER),
            Map.entry("autre", Nationality.OTHER));

    /** The code a file's value says, by its French words or the constant's own name. */
    static <T> Optional<T> code(Map<String, T> words, T[] constants, String value) {
        String said = FrenchValues.normalise(value);
        if (words.containsKey(said)) {
            return Optional.of(words.get(said));
        }
        for (T constant : constants) {
            if (constant.toString().equalsIgnoreCase(value.trim())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
