package org.ancrage.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The mapping last used for files of one shape (the same headings), offered for the next one. */
@Entity
@Table(name = "import_mapping")
public class ImportMapping {

    @Id
    @Column(name = "shape", length = 4000)
    private String shape;

    @Column(name = "mapping", nullable = false)
    private String mapping;

    @Column(name = "saved_by", length = 80, nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected ImportMapping() {
    }

    ImportMapping(String shape, ColumnMapping mapping, String savedBy, LocalDateTime savedAt) {
        this.shape = shape;
        replace(mapping, savedBy, savedAt);
    }

    void replace(ColumnMapping mapping, String savedBy, LocalDateTime savedAt) {
        this.mapping = mapping.toJson();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }
}
