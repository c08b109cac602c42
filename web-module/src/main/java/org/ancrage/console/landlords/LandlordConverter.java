package org.ancrage.console.landlords;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordService;
import org.ancrage.system.NotFoundException;

/** A landlord chosen in a form (an autocomplete) travels as its id. A CDI bean, for the EJB it calls. */
@Dependent
@FacesConverter(forClass = Landlord.class, managed = true)
public class LandlordConverter implements Converter<Landlord> {

    @EJB
    private LandlordService landlords;

    @Override
    public Landlord getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        try {
            return landlords.getLandlord(Long.parseLong(value));
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Landlord landlord) {
        return landlord == null || landlord.getId() == null ? "" : landlord.getId().toString();
    }
}
