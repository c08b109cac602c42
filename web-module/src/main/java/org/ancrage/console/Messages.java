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

/**
 * Puts translated messages on the page: console texts from {@code console.properties}, business
 * refusals from the domain bundle {@code org.ancrage.messages} by their key.
 */
@RequestScoped
public class Messages {

    static final String CONSOLE_BUNDLE = "org.ancrage.console.console";
    static final String DOMAIN_BUNDLE = "org.ancrage.messages";

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
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.arguments().toArray()));
    }

    public String text(String key, Object... args) {
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
        for (String bundle : new String[] {CONSOLE_BUNDLE, DOMAIN_BUNDLE}) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale,
                        Thread.currentThread().getContextClassLoader()).getString(key);
                return new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }

    private void add(String clientId, FacesMessage.Severity severity, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
