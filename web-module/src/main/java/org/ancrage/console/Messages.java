package org.ancrage.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ancrage.system.DomainException;
import org.ancrage.system.DomainMessages;

/**
 * Puts translated messages on the page: console texts from {@code console.properties}, business
 * refusals through {@link DomainMessages}.
 */
@RequestScoped
public class Messages {

    static final String CONSOLE_BUNDLE = "org.ancrage.console.console";

    @Inject
    private FacesContext faces;

    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** Shows a business refusal in the user's language, at the field or form it concerns. */
    public void refused(String clientId, DomainException e) {
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
        add(clientId, FacesMessage.SEVERITY_ERROR, DomainMessages.text(e, locale));
        faces.validationFailed(); // the dialog or form stays open with what was typed
    }

    public String text(String key, Object... args) {
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
        try {
            String pattern = ResourceBundle.getBundle(CONSOLE_BUNDLE, locale,
                    Thread.currentThread().getContextClassLoader()).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return DomainMessages.text(key, locale, args);
        }
    }

    private void add(String clientId, FacesMessage.Severity severity, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
