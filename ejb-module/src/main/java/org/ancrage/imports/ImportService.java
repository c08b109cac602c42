package org.ancrage.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ancrage.households.Household;
import org.ancrage.privacy.AuditAction;
import org.ancrage.privacy.AuditTrail;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainMessages;
import org.ancrage.system.Entities;
import org.eclipse.persistence.sessions.Session;

/**
 * Households and their members imported from an association's own files: the mapping suggested
 * (or the one saved for files of the same headings), the dry run, the file prepared for the import
 * job, each household the job imports, and the refused rows. Only those who may create households
 * may import, into a service within their reach; the job then acts for them.
 */
@Stateless
public class ImportService {

    /** The refusals of a household are said in the association's language, for the refused rows' file. */
    static final Locale FRENCH = Locale.FRENCH;

    /** A file as read, and the mapping offered for it: the one saved for its shape, else the headings' suggestions. */
    public record Reading(ImportTable table, ColumnMapping mapping, boolean saved) implements Serializable {
    }

    /**
     * One household of a dry run: its rows, its identifier, its head, what the import would do, and
     * why not (said in full, and each error with its row and column for the API).
     */
    public record Line(String rows, String key, String name, ImportOutcome outcome, List<String> errors,
            List<RowError> causes) implements Serializable {
    }

    /** A prepared file as the API shows it: its headings and rows counted, its mapping, its execution once started. */
    public record Prepared(long id, String fileName, String source, long serviceUnitId, List<String> headings,
            int rows, ColumnMapping mapping, Long executionId) implements Serializable {
    }

    /** The largest file taken (as the import page takes). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** What importing a file would do, household by household; nothing written. */
    public record DryRun(List<Line> lines) implements Serializable {

        public long count(ImportOutcome outcome) {
            return lines.stream().filter(l -> l.outcome() == outcome).count();
        }
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @Resource
    private SessionContext caller;

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Reading read(String fileName, byte[] content) {
        ImportTable table = TableReader.read(fileName, content);
        Optional<ColumnMapping> saved = em.createQuery("select m.mapping from ImportMapping m where m.shape = :shape",
                String.class).setParameter("shape", table.shape()).getResultStream().findFirst()
                .map(json -> ColumnMapping.fromJson(json).keptTo(table.headings()));
        return new Reading(table, saved.orElseGet(() -> ColumnMapping.suggestedFor(table.headings())), saved.isPresent());
    }

    /** What importing the file into {@code serviceUnitId} would do, with every error in {@code locale}; writes nothing. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public DryRun dryRun(String fileName, byte[] content, String source, ColumnMapping mapping, long serviceUnitId,
            Locale locale) {
        needToKnow.creatingIn("Household", serviceUnitId);
        ImportTable table = TableReader.read(fileName, content);
        check(source, mapping);
        List<Line> lines = new ArrayList<>();
        for (HouseholdRows group : HouseholdRows.of(table, mapping)) {
            HouseholdDraft draft = checked(group, mapping, source.trim(), serviceUnitId);
            String name = draft.members().stream().filter(m -> m.relationship()
                    == org.ancrage.households.Relationship.HEAD).findFirst()
                    .map(m -> m.lastName().toUpperCase() + " " + m.firstName()).orElse("");
            lines.add(new Line(draft.rowNumbers(), draft.key(), name, outcome(draft, source.trim(), mapping),
                    draft.errors().stream().map(e -> e.text(locale)).toList(), List.copyOf(draft.errors())));
        }
        return new DryRun(List.copyOf(lines));
    }

    /** The refused rows of a dry run as an XLSX: the file's own cells and, beside them, the reason. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public byte[] refusedRowsOfDryRun(String fileName, byte[] content, String source, ColumnMapping mapping,
            long serviceUnitId, Locale locale) {
        needToKnow.creatingIn("Household", serviceUnitId);
        ImportTable table = TableReader.read(fileName, content);
        check(source, mapping);
        Map<Integer, String> reasons = new TreeMap<>();
        for (HouseholdRows group : HouseholdRows.of(table, mapping)) {
            reasons.putAll(reasons(group, checked(group, mapping, source.trim(), serviceUnitId), locale));
        }
        return RefusedRowsXlsx.render(table, reasons, locale);
    }

    /**
     * Keeps the file for the import job, with its mapping and the service its households will
     * belong to, and saves the mapping for the next file of the same headings. The id to start the job with.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public long prepare(String fileName, byte[] content, String source, ColumnMapping mapping, long serviceUnitId) {
        needToKnow.creatingIn("Household", serviceUnitId);
        ImportTable table = TableReader.read(fileName, content);
        check(source, mapping);
        ColumnMapping kept = mapping.keptTo(table.headings());
        String who = caller.getCallerPrincipal().getName();
        HouseholdImport prepared = new HouseholdImport(source.trim(), fileName, content, kept, serviceUnitId, who,
                AssociationClock.now());
        em.persist(prepared);
        ImportMapping saved = em.find(ImportMapping.class, table.shape());
        if (saved == null) {
            em.persist(new ImportMapping(table.shape(), kept, who, AssociationClock.now()));
        } else {
            saved.replace(kept, who, AssociationClock.now());
        }
        em.flush();
        return prepared.getId();
    }

    /** Refuses unless the caller may create households in the service of the prepared import. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public HouseholdImport mayStart(long importId) {
        HouseholdImport prepared = Entities.require(em, HouseholdImport.class, importId);
        needToKnow.creatingIn("Household", prepared.getServiceUnitId());
        return prepared;
    }

    /** Notes the job execution that imports the file, for the page that follows it. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public void started(long importId, long executionId) {
        mayStart(importId).startedAs(executionId);
    }

    /** The prepared import, for its page. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public HouseholdImport prepared(long importId) {
        return mayStart(importId);
    }

    /** The prepared import, with its headings and rows counted, for the API. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Prepared summary(long importId) {
        HouseholdImport prepared = mayStart(importId);
        ImportTable table = prepared.table();
        return new Prepared(prepared.getId(), prepared.getFileName(), prepared.getSource(),
                prepared.getServiceUnitId(), table.headings(), table.rows().size(), prepared.mapping(),
                prepared.getExecutionId());
    }

    /** The dry run of a prepared file, with its own source, mapping and service; writes nothing. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public DryRun dryRun(long importId, Locale locale) {
        HouseholdImport prepared = mayStart(importId);
        return dryRun(prepared.getFileName(), prepared.content(), prepared.getSource(), prepared.mapping(),
                prepared.getServiceUnitId(), locale);
    }

    /** The refused rows of a prepared file as an XLSX: the import's once its job has started, else its dry run's. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public byte[] refusedRowsOfPrepared(long importId, Locale locale) {
        HouseholdImport prepared = mayStart(importId);
        return prepared.getExecutionId() != null ? refusedRows(importId)
                : refusedRowsOfDryRun(prepared.getFileName(), prepared.content(), prepared.getSource(),
                        prepared.mapping(), prepared.getServiceUnitId(), locale);
    }

    // ---------------------------------------------------------------- what the job calls, as the job's identity

    /** The households of a prepared file, in the order the file first names each. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<HouseholdRows> householdsOf(long importId) {
        HouseholdImport prepared = Entities.require(em, HouseholdImport.class, importId);
        return HouseholdRows.of(prepared.table(), prepared.mapping());
    }

    /** The household of {@code group} read and checked; refused when it has any error. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public HouseholdDraft draft(long importId, HouseholdRows group) {
        HouseholdImport prepared = Entities.require(em, HouseholdImport.class, importId);
        return checked(group, prepared.mapping(), prepared.getSource(), prepared.getServiceUnitId());
    }

    /**
     * Creates the household a draft says, or updates the one imported before under its identifier
     * with what changed; audited as IMPORT with the file and its rows. Nothing when nothing changed.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportOutcome importHousehold(long importId, HouseholdDraft draft) {
        HouseholdImport prepared = Entities.require(em, HouseholdImport.class, importId);
        Set<ImportField> mapped = mapped(prepared.mapping());
        Optional<Household> existing = imported(prepared.getSource(), draft.key());
        Household household;
        ImportOutcome outcome;
        if (existing.isEmpty()) {
            household = ImportedHousehold.create(draft, prepared.getServiceUnitId(), mapped);
            household.importedAs(prepared.getSource(), draft.key());
            em.persist(household);
            em.flush();
            household.assignReference();
            outcome = ImportOutcome.CREATE;
        } else {
            household = existing.get();
            if (!ImportedHousehold.overlay(household, draft, mapped, true)) {
                return ImportOutcome.UNCHANGED;
            }
            em.flush();
            outcome = ImportOutcome.UPDATE;
        }
        AuditTrail.record(em.unwrap(Session.class), AuditAction.IMPORT, "Household", household.getId(),
                household.getId(), Json.createObjectBuilder().add("file", prepared.getFileName())
                        .add("source", prepared.getSource()).add("key", draft.key()).add("rows", draft.rowNumbers())
                        .add("outcome", outcome.name()).add("preparedBy", prepared.getPreparedBy()).build().toString());
        return outcome;
    }

    /** Notes the rows of a refused household with their reasons (in French), once per row, whatever becomes of the chunk. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(long importId, HouseholdRows group, HouseholdDraft draft) {
        reasons(group, draft, FRENCH).forEach((row, reason) -> em.createNativeQuery(
                "INSERT INTO household_import_refusal (import_id, row_number, reason) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (import_id, row_number) DO UPDATE SET reason = excluded.reason")
                .setParameter(1, importId).setParameter(2, row)
                .setParameter(3, reason.length() > 2000 ? reason.substring(0, 2000) : reason).executeUpdate());
    }

    /** The rows the import refused as an XLSX: the file's own cells and, beside them, the reason. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public byte[] refusedRows(long importId) {
        HouseholdImport prepared = mayStart(importId);
        Map<Integer, String> reasons = new TreeMap<>();
        for (Object[] row : refusals(importId)) {
            reasons.put(((Number) row[0]).intValue(), (String) row[1]);
        }
        return RefusedRowsXlsx.render(prepared.table(), reasons, FRENCH);
    }

    /** How many rows the import refused. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public int refusedRowCount(long importId) {
        mayStart(importId);
        return refusals(importId).size();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> refusals(long importId) {
        return em.createNativeQuery("SELECT row_number, reason FROM household_import_refusal WHERE import_id = ?1"
                + " ORDER BY row_number").setParameter(1, importId).getResultList();
    }

    // ---------------------------------------------------------------- rules shared by the dry run and the job

    private static void check(String source, ColumnMapping mapping) {
        if (source == null || source.isBlank() || source.trim().length() > 120) {
            throw new MappingRefused("import.source.required");
        }
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (ImportField field : mapping.byHeading().values()) {
            if (!seen.add(field)) {
                throw new MappingRefused("import.mapping.twice", label(field));
            }
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !seen.contains(field)) {
                throw new MappingRefused("import.mapping.required", label(field));
            }
        }
    }

    private static DomainMessages.Label label(ImportField field) {
        return new DomainMessages.Label("import.field." + field.name(), field.name());
    }

    private static Set<ImportField> mapped(ColumnMapping mapping) {
        Set<ImportField> mapped = EnumSet.noneOf(ImportField.class);
        mapped.addAll(mapping.byHeading().values());
        return mapped;
    }

    /** The draft, refused too when its identifier is already a household of another service. */
    private HouseholdDraft checked(HouseholdRows group, ColumnMapping mapping, String source, Long serviceUnitId) {
        HouseholdDraft draft = HouseholdDraft.of(group, mapping, AssociationClock.today());
        if (draft.refused() || group.key().isEmpty()) {
            return draft;
        }
        Optional<Household> existing = imported(source, group.key());
        if (existing.isPresent() && !existing.get().getServiceUnitId().equals(serviceUnitId)) {
            List<RowError> errors = List.of(new RowError(group.firstRow(), mapping.headingOf(ImportField.KEY)
                    .orElse(null), "import.household.otherService", group.key()));
            return new HouseholdDraft(draft.key(), draft.rowNumbers(), draft.composition(), draft.mainResource(),
                    draft.monthlyResources(), draft.nationality(), draft.permitValidUntil(), draft.address(),
                    draft.phone(), draft.email(), draft.members(), errors);
        }
        return draft;
    }

    private ImportOutcome outcome(HouseholdDraft draft, String source, ColumnMapping mapping) {
        if (draft.refused()) {
            return ImportOutcome.REFUSED;
        }
        Optional<Household> existing = imported(source, draft.key());
        if (existing.isEmpty()) {
            return ImportOutcome.CREATE;
        }
        return ImportedHousehold.overlay(existing.get(), draft, mapped(mapping), false) ? ImportOutcome.UPDATE
                : ImportOutcome.UNCHANGED;
    }

    private Optional<Household> imported(String source, String key) {
        return em.createQuery("select h from Household h where h.importSource = :source and h.importKey = :key",
                Household.class).setParameter("source", source).setParameter("key", key).getResultStream().findFirst();
    }

    /** Each row of a refused household and its reasons: its own errors, else those of its household. */
    private static Map<Integer, String> reasons(HouseholdRows group, HouseholdDraft draft, Locale locale) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        if (!draft.refused()) {
            return reasons;
        }
        for (ImportTable.Row row : group.rows()) {
            List<String> own = draft.errors().stream().filter(e -> e.row() == row.number())
                    .map(e -> e.reason(locale)).toList();
            reasons.put(row.number(), own.isEmpty()
                    ? DomainMessages.text("import.household.refusedWith", locale, draft.errors().get(0).text(locale))
                    : String.join(" ; ", own));
        }
        return reasons;
    }
}
