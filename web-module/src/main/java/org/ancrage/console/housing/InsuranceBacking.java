package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.housing.InsuranceService;
import org.ancrage.system.AssociationClock;

/** Records the latest home insurance certificate the household brought (the file lists them). */
@Named
@ViewScoped
public class InsuranceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private InsuranceService insurance;
    @Inject private HouseholdFileBacking file;

    private String insurer;
    private String policyNumber;
    private LocalDate validFrom;
    private LocalDate expiresOn;

    public void prepare() {
        insurer = null;
        policyNumber = null;
        validFrom = AssociationClock.today();
        expiresOn = validFrom.plusYears(1).minusDays(1);
    }

    public void record() {
        file.act("insuranceForm:messages", () -> {
            insurance.recordInsurance(file.getHousehold().getId(), insurer.strip(), policyNumber == null ? null
                    : policyNumber.strip(), validFrom, expiresOn);
            file.done("insurance.recorded");
        });
    }

    public String getInsurer() {
        return insurer;
    }

    public void setInsurer(String insurer) {
        this.insurer = insurer;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String policyNumber) {
        this.policyNumber = policyNumber;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
