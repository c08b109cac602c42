package org.ancrage.console.rent;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import org.ancrage.console.Messages;

/**
 * An amount of money that must be above zero (a payment, an instalment): "-20" or "0" are refused
 * at the field, where the amount field used to drop the minus sign and record 20,00 €.
 */
@FacesValidator("positiveAmount")
public class PositiveAmountValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && new BigDecimal(value.toString()).signum() <= 0) {
            String text = CDI.current().select(Messages.class).get().text("amount.notPositive");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
