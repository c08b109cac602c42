package org.ancrage.api.landlords;

import java.time.LocalDate;
import org.ancrage.landlords.ExchangeChannel;
import org.ancrage.landlords.LandlordExchange;

public record ExchangeView(Long id, LocalDate occurredOn, ExchangeChannel channel, String summary, String recordedBy) {
    static ExchangeView of(LandlordExchange e) {
        return new ExchangeView(e.getId(), e.getOccurredOn(), e.getChannel(), e.getSummary(),
                e.getRecordedBy());
    }
}
