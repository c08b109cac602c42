package org.ancrage.imports;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A file prepared for import by a person allowed to create households in a service: what the
 * import job reads (its content, the mapping of its headings), so that a restart reads the same.
 */
@Entity
@Table(name = "household_import")
public class HouseholdImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_import")
    @SequenceGenerator(name = "household_import", sequenceName = "household_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source", length = 120, nullable = false)
    private String source;

    @Column(name = "file_name", length = 255, nullable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "mapping", nullable = false)
    private String mapping;

    @Column(name = "service_unit_id", nullable = false)
    private Long serviceUnitId;

    @Column(name = "prepared_by", length = 80, nullable = false)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private LocalDateTime preparedAt;

    /** When the retention run cleared the file's content (the import's refusals stay). */
    @Column(name = "cleared_on")
    private LocalDate clearedOn;

    @Column(name = "execution_id")
    private Long executionId;

    protected HouseholdImport() {
    }

    public HouseholdImport(String source, String fileName, byte[] content, ColumnMapping mapping, Long serviceUnitId,
            String preparedBy, LocalDateTime preparedAt) {
        this.source = source;
        this.fileName = fileName;
        this.content = content.clone();
        this.mapping = mapping.toJson();
        this.serviceUnitId = serviceUnitId;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    public ImportTable table() {
        return TableReader.read(fileName, content());
    }

    /** The file as uploaded; refused once the retention run cleared it. */
    byte[] content() {
        if (clearedOn != null) {
            throw new UnreadableFile("import.file.cleared", fileName, clearedOn);
        }
        return content.clone();
    }

    public ColumnMapping mapping() {
        return ColumnMapping.fromJson(mapping);
    }

    void startedAs(long executionId) {
        this.executionId = executionId;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Long getExecutionId() {
        return executionId;
    }
}
