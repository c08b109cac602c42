package org.ancrage.rent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.money.Money;

/** One agreed payment of a repayment plan. */
@Embeddable
public class Instalment implements Serializable {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private Money amount;

    protected Instalment() {
    }

    public Instalment(int number, LocalDate dueDate, Money amount) {
        this.number = number;
        this.dueDate = dueDate;
        this.amount = amount;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Money getAmount() {
        return amount;
    }
}
