package org.ancrage.api.housing;

import org.ancrage.housing.DwellingState;

public record LeaseTransferView(OccupancyView ended, OccupancyView underMandate, DwellingState dwellingState) {
}
