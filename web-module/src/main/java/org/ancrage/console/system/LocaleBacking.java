package org.ancrage.console.system;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the user chose for this session: French unless they pick English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
