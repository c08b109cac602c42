package org.ancrage.console.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.jobs.JobControl.ExecutionView;

/** The exit status of a job's execution said in words, for the jobs page and the retention page. */
@Named
@RequestScoped
public class JobReports {

    @Inject
    private Messages messages;

    /**
     * What an execution reports, in words: "Terminé", "3 courriels envoyés, aucun en échec",
     * "Essai à blanc — Dossiers clos : 76". Every figure of the exit status has its sentence
     * (key {@code jobs.figure.<NAME>}) or is a data category's count; nothing raw is shown.
     */
    public String report(ExecutionView execution) {
        return execution == null ? "" : said(execution.exitStatus());
    }

    /** An exit status in words. */
    public String said(String exit) {
        if (exit == null || exit.isBlank()) {
            return "";
        }
        if (exit.matches("[A-Z]+") && has("batchStatus." + exit)) {
            return messages.text("batchStatus." + exit);
        }
        List<String> said = new java.util.ArrayList<>();
        String rest = exit.strip();
        if (rest.startsWith("DRY RUN")) {
            said.add(messages.text("jobs.figure.DRY_RUN"));
            rest = rest.substring("DRY RUN".length()).strip();
        }
        for (String token : rest.isEmpty() ? new String[0] : rest.split("\\s+")) {
            int equals = token.indexOf('=');
            if (equals < 0) {
                said.add(has("batchStatus." + token) ? messages.text("batchStatus." + token)
                        : messages.text("jobs.figure.other"));
                continue;
            }
            String name = token.substring(0, equals);
            long value;
            try {
                value = Long.parseLong(token.substring(equals + 1));
            } catch (NumberFormatException e) {
                said.add(messages.text("jobs.figure.other"));
                continue;
            }
            if (has("jobs.figure." + name)) {
                said.add(messages.text("jobs.figure." + name, value));
            } else if (has("enum.DataCategory." + name)) {
                said.add(messages.text("jobs.figure.category", messages.text("enum.DataCategory." + name), value));
            } else {
                said.add(messages.text("jobs.figure.other"));
            }
        }
        return String.join(" ; ", said);
    }

    private boolean has(String key) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.util.ResourceBundle.getBundle("org.ancrage.console.console", locale,
                Thread.currentThread().getContextClassLoader()).containsKey(key);
    }

}
