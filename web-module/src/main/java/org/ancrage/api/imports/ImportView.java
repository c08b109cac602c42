package org.ancrage.api.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.imports.ImportService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file kept for import: what the import job will read. */
@Schema(name = "ImportView")
public record ImportView(long id, String fileName, String source, long serviceUnitId, List<String> headings,
        int rows,
        @Schema(description = "From the file's headings to the fields they fill (" + ImportResource.FIELDS + ")",
                type = SchemaType.OBJECT, example = ImportResource.MAPPING_EXAMPLE) Map<String, String> mapping,
        @Schema(description = "The import job's execution, once started") Long executionId) {

    static ImportView of(ImportService.Prepared p) {
        Map<String, String> mapping = new LinkedHashMap<>();
        p.mapping().byHeading().forEach((heading, field) -> mapping.put(heading, field.name()));
        return new ImportView(p.id(), p.fileName(), p.source(), p.serviceUnitId(), p.headings(), p.rows(),
                mapping, p.executionId());
    }
}
