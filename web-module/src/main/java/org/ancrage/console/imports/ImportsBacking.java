package org.ancrage.console.imports;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.imports.ColumnMapping;
import org.ancrage.imports.ImportField;
import org.ancrage.imports.ImportOutcome;
import org.ancrage.imports.ImportService;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.JobControl.ExecutionView;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The import page: the file uploaded, each heading mapped to a field (suggested, or as for the last
 * file of the same headings), the dry run's table, the import job started and followed, and the
 * refused rows to download.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A heading of the file and the field it fills (none: not imported). */
    public static final class MappingRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String heading;
        private ImportField field;

        MappingRow(String heading, ImportField field) {
            this.heading = heading;
            this.field = field;
        }

        public String getHeading() {
            return heading;
        }

        public ImportField getField() {
            return field;
        }

        public void setField(ImportField field) {
            this.field = field;
        }
    }

    @EJB
    private ImportService imports;

    @EJB
    private JobControl jobs;

    @EJB
    private OrganisationService organisation;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser user;

    private String fileName;
    private byte[] content;
    private int rowCount;
    private boolean savedMapping;
    private final List<MappingRow> mapping = new ArrayList<>();
    private String source;
    private Long serviceUnitId;
    private ImportService.DryRun dryRun;
    private Long importId;
    private Long executionId;
    private ExecutionView execution;

    public void upload(FileUploadEvent event) {
        byte[] uploaded = event.getFile().getContent();
        messages.act("imports:messages", () -> {
            ImportService.Reading reading = imports.read(event.getFile().getFileName(), uploaded);
            fileName = event.getFile().getFileName();
            content = uploaded;
            rowCount = reading.table().rows().size();
            savedMapping = reading.saved();
            mapping.clear();
            reading.table().headings().forEach(h -> mapping.add(new MappingRow(h, reading.mapping().byHeading().get(h))));
            source = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
            if (serviceUnitId == null) {
                serviceUnitId = user.getServiceUnitId();
            }
            dryRun = null;
            importId = null;
            executionId = null;
            execution = null;
        });
    }

    private ColumnMapping columnMapping() {
        Map<String, ImportField> byHeading = new LinkedHashMap<>();
        mapping.stream().filter(r -> r.getField() != null).forEach(r -> byHeading.put(r.getHeading(), r.getField()));
        return new ColumnMapping(byHeading);
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private boolean ready() {
        if (content == null) {
            messages.error("imports:messages", "imports.fileMissing");
            return false;
        }
        if (serviceUnitId == null) {
            messages.error("imports:messages", "imports.serviceMissing");
            return false;
        }
        return true;
    }

    public void dryRun() {
        if (ready()) {
            messages.act("imports:messages", () -> dryRun = imports.dryRun(fileName, content, source, columnMapping(),
                    serviceUnitId, locale()));
        }
    }

    public void startImport() {
        if (ready()) {
            messages.act("imports:messages", () -> {
                importId = imports.prepare(fileName, content, source, columnMapping(), serviceUnitId);
                executionId = jobs.startImport(importId, null);
                execution = null;
                messages.info("imports:messages", "imports.started", executionId);
            });
        }
    }

    public void restart() {
        messages.act("imports:messages", () -> {
            executionId = jobs.restartImport(executionId);
            execution = null;
        });
    }

    public void refresh() {
        execution = null;
    }

    public ExecutionView getExecution() {
        if (execution == null && executionId != null) {
            execution = jobs.importExecution(executionId);
        }
        return execution;
    }

    public boolean isRunning() {
        ExecutionView e = getExecution();
        return e != null && (e.status() == BatchStatus.STARTING || e.status() == BatchStatus.STARTED);
    }

    public boolean isFinished() {
        ExecutionView e = getExecution();
        return e != null && !isRunning();
    }

    /** How far the import has gone, in percent of the file's households. */
    public int getProgress() {
        ExecutionView e = getExecution();
        int households = dryRun == null ? rowCount : dryRun.lines().size();
        if (e == null || households == 0) {
            return 0;
        }
        return e.status() == BatchStatus.COMPLETED ? 100 : (int) Math.min(99, (e.read() + e.skipped()) * 100 / households);
    }

    public int getRefusedAfterImport() {
        return importId == null || !isFinished() ? 0 : imports.refusedRowCount(importId);
    }

    /** The refused rows as an XLSX: the import's once it has run, else the dry run's. */
    public StreamedContent getRefusedRows() {
        AtomicReference<byte[]> xlsx = new AtomicReference<>();
        messages.act("imports:messages", () -> xlsx.set(importId != null && isFinished()
                ? imports.refusedRows(importId)
                : imports.refusedRowsOfDryRun(fileName, content, source, columnMapping(), serviceUnitId, locale())));
        byte[] bytes = xlsx.get() == null ? new byte[0] : xlsx.get();
        return DefaultStreamedContent.builder().name("lignes-refusees.xlsx").contentType(XLSX)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<ServiceUnit> getServices() {
        return organisation.listServiceUnits();
    }

    public List<ImportField> getFields() {
        return List.of(ImportField.values());
    }

    public long count(String outcome) {
        return dryRun == null ? 0 : dryRun.count(ImportOutcome.valueOf(outcome));
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowCount() {
        return rowCount;
    }

    public boolean isSavedMapping() {
        return savedMapping;
    }

    public List<MappingRow> getMapping() {
        return mapping;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public void setServiceUnitId(Long serviceUnitId) {
        this.serviceUnitId = serviceUnitId;
    }

    public ImportService.DryRun getDryRun() {
        return dryRun;
    }

    public Long getExecutionId() {
        return executionId;
    }
}
