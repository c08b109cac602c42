package org.ancrage.console.system;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.util.List;
import org.ancrage.privacy.AuditService;
import org.ancrage.system.CsvCell;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.ExportConfiguration;

/**
 * The exporters of every list of the console, registered on the first request (a phase listener
 * of faces-config.xml) in place
 * of PrimeFaces' own for {@code <p:dataExporter type="csv">} and {@code type="xlsxstream"}, so
 * that no list can forget them: in CSV each cell is made inert for a spreadsheet by
 * {@link CsvCell} before it is quoted, as the audit trail's export does; every export of a list
 * is written to the audit trail (which page, which format, how many rows).
 */
public class SafeCsvExports implements PhaseListener {

    private static boolean registered;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /**
     * Registers the exporters on the first request (PrimeFaces' application context is not to be
     * touched while the application starts).
     */
    @Override
    public void beforePhase(PhaseEvent event) {
        register();
    }

    private static synchronized void register() {
        if (!registered) {
            DataExporters.register(DataTable.class, Exporter.class, "csv");
            DataExporters.register(DataTable.class, AuditedXlsx.class, "xlsxstream");
            registered = true;
        }
    }

    static void audit(FacesContext context, List<DataTable> tables, String format) {
        int rows = tables.stream().mapToInt(DataTable::getRowCount).sum();
        CDI.current().select(AuditService.class).get().recordExport(context.getViewRoot().getViewId(), format, rows);
    }

    /** PrimeFaces' CSV exporter, each cell's text neutralised before its quotes are escaped. */
    public static class Exporter extends DataTableCSVExporter {

        @Override
        protected String escapeQuotes(String value) {
            return super.escapeQuotes(CsvCell.neutralise(value));
        }

        @Override
        public void export(FacesContext context, List<DataTable> tables, ExportConfiguration config)
                throws IOException {
            super.export(context, tables, config);
            audit(context, tables, "csv");
        }
    }

    /** PrimeFaces' streaming XLSX exporter (cells are written as text, never formulas), audited. */
    public static class AuditedXlsx extends DataTableExcelXStreamExporter {

        @Override
        public void export(FacesContext context, List<DataTable> tables, ExportConfiguration config)
                throws IOException {
            super.export(context, tables, config);
            audit(context, tables, "xlsx");
        }
    }
}
