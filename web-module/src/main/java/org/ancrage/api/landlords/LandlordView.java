package org.ancrage.api.landlords;

import java.util.List;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordKind;

public record LandlordView(Long id, LandlordKind kind, String name, String contactPerson, String address, String phone,
        String email, List<ExchangeView> exchanges, long version) {
    static LandlordView of(Landlord l) {
        return new LandlordView(l.getId(), l.getKind(), l.getName(), l.getContactPerson(), l.getAddress(),
                l.getPhone(), l.getEmail(), l.getExchanges().stream().map(ExchangeView::of).toList(),
                l.getVersion());
    }
}
