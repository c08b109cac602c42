package org.ancrage.console.households;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.households.Composition;
import org.ancrage.households.Household;
import org.ancrage.households.Nationality;
import org.ancrage.households.ResidenceStatus;
import org.ancrage.households.ResourceType;
import org.ancrage.money.Money;

/**
 * What is typed about a household besides its members — address, contact details, composition,
 * resources, residence status — for the new-household page and the identity tab's dialogs alike,
 * with the bounds checked at each field.
 */
public class HouseholdDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 240)
    private String address;
    @Size(max = 30)
    private String phone;
    @Email
    @Size(max = 254)
    private String email;
    private Composition composition;
    private ResourceType mainResource;
    @DecimalMin("0.00")
    @Digits(integer = 10, fraction = 2)
    private BigDecimal monthlyResources;
    private Nationality nationality;
    private LocalDate permitValidUntil;
    private LocalDate receiptValidUntil;
    private boolean papersByEmail;

    /** Filled with what the household holds now. */
    static HouseholdDetailsForm of(Household household) {
        HouseholdDetailsForm form = new HouseholdDetailsForm();
        form.address = household.getAddress();
        form.phone = household.getPhone();
        form.email = household.getEmail();
        form.papersByEmail = household.isPapersByEmail();
        form.composition = household.getComposition();
        form.mainResource = household.getMainResource();
        form.monthlyResources = household.getMonthlyResources() == null ? null : household.getMonthlyResources().amount();
        ResidenceStatus status = household.residenceStatus();
        form.nationality = status.nationality();
        form.permitValidUntil = status.permitValidUntil();
        form.receiptValidUntil = status.receiptValidUntil();
        return form;
    }

    String addressOrNull() {
        return blankToNull(address);
    }

    String phoneOrNull() {
        return blankToNull(phone);
    }

    String emailOrNull() {
        return blankToNull(email);
    }

    Money monthlyResourcesOrNull() {
        return monthlyResources == null ? null : Money.of(monthlyResources);
    }

    ResidenceStatus residenceStatus() {
        return new ResidenceStatus(nationality, permitValidUntil, receiptValidUntil);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Composition getComposition() {
        return composition;
    }

    public void setComposition(Composition composition) {
        this.composition = composition;
    }

    public ResourceType getMainResource() {
        return mainResource;
    }

    public void setMainResource(ResourceType mainResource) {
        this.mainResource = mainResource;
    }

    public BigDecimal getMonthlyResources() {
        return monthlyResources;
    }

    public void setMonthlyResources(BigDecimal monthlyResources) {
        this.monthlyResources = monthlyResources;
    }

    public Nationality getNationality() {
        return nationality;
    }

    public void setNationality(Nationality nationality) {
        this.nationality = nationality;
    }

    public LocalDate getPermitValidUntil() {
        return permitValidUntil;
    }

    public void setPermitValidUntil(LocalDate permitValidUntil) {
        this.permitValidUntil = permitValidUntil;
    }

    public LocalDate getReceiptValidUntil() {
        return receiptValidUntil;
    }

    public void setReceiptValidUntil(LocalDate receiptValidUntil) {
        this.receiptValidUntil = receiptValidUntil;
    }

    public boolean isPapersByEmail() {
        return papersByEmail;
    }

    public void setPapersByEmail(boolean papersByEmail) {
        this.papersByEmail = papersByEmail;
    }
}
