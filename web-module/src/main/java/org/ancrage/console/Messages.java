package org.ancrage.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ancrage.system.DomainException;
import org.ancrage.system.DomainMessages;

/**
 * Puts translated messages on the page: console texts from {@code console.properties}, business
 * refusals through {@link DomainMessages}.
 *
 * <p>A backing bean's action that may be refused runs through {@link #act(String, Action)}: the one
 * place where the console turns a {@link DomainException} into a message, so that no bean catches it
 * itself.
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

    /** What a console action does; it may throw a checked exception of its own (a redirect's). */
    @FunctionalInterface
    public interface Action<X extends Exception> {
        void run() throws X;
    }

    /**
     * Runs a console action. When the business refuses it, the refusal is shown in the user's language at
     * {@code clientId} (null: the page's messages) and the request is marked as failed validation, so that
     * a dialog stays open with what was typed.
     *
     * @return whether the action went through
     */
    public <X extends Exception> boolean act(String clientId, Action<X> action) throws X {
        return act(refusal -> clientId, action, refusal -> { });
    }

    /**
     * {@link #act(String, Action)}, then {@code afterRefusal} once the refusal is shown (a page reading its
     * record again after a conflict).
     */
    public <X extends Exception> boolean act(String clientId, Action<X> action,
            Consumer<DomainException> afterRefusal) throws X {
        return act(refusal -> clientId, action, afterRefusal);
    }

    /** {@link #act(String, Action)}, at the component the refusal names (a field chosen by its message key). */
    public <X extends Exception> boolean actShowingAt(Function<DomainException, String> where, Action<X> action)
            throws X {
        return act(where, action, refusal -> { });
    }

    /** {@link #act(String, Action)} for an action that answers something: empty when it was refused. */
    public <T> Optional<T> actFor(String clientId, Supplier<T> action) {
        AtomicReference<T> answer = new AtomicReference<>();
        act(clientId, () -> answer.set(action.get()));
        return Optional.ofNullable(answer.get());
    }

    private <X extends Exception> boolean act(Function<DomainException, String> where, Action<X> action,
            Consumer<DomainException> afterRefusal) throws X {
        try {
            action.run();
            return true;
        } catch (DomainException refusal) {
            refused(where.apply(refusal), refusal);
            afterRefusal.accept(refusal);
            return false;
        }
    }

    /** Shows a business refusal in the user's language, at the field or form it concerns. */
    private void refused(String clientId, DomainException e) {
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
