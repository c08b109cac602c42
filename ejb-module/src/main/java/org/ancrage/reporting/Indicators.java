package org.ancrage.reporting;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of one programme for one year (docs/domain.md, "Statistics and their definitions"), for one service or the
 * whole association ({@code serviceUnitId} null).
 *
 * @param householdsFollowed households with a measure active at least one day in the year
 * @param entries measures started in the year
 * @param ends measures ended in the year
 * @param homeVisits contacts of type home visit in the year
 * @param officeAppointments contacts of type office appointment in the year
 * @param financedCapacity places financed at the end of the year (or the programme's own figure)
 * @param monthMeasures per measure, the calendar months of the year with at least one active day, summed
 * @param outcomes where the households of the measures ended in the year live, by outcome
 * @param composition households followed, by composition
 * @param ageBands households followed, by age band of the head of household
 * @param resources households followed, by main resource
 * @param occupancyRate place-days taken ÷ place-days financed over the year, in percent (the capacity
 *     page's definition, {@code housing.OccupancyRate}); null without capacity
 */
public record Indicators(long programmeId, Long serviceUnitId, int year, long householdsFollowed, long entries,
        long ends, long homeVisits, long officeAppointments, Integer financedCapacity, long monthMeasures,
        Map<String, Long> outcomes, Map<String, Long> composition, Map<String, Long> ageBands,
        Map<String, Long> resources, BigDecimal occupancyRate) {

    /** Month-measures ÷ households followed, rounded half up (235 / 39 → 6; 80 / 15 → 5). */
    public long averageDurationMonths() {
        return householdsFollowed == 0 ? 0 : BigDecimal.valueOf(monthMeasures)
                .divide(BigDecimal.valueOf(householdsFollowed), 0, RoundingMode.HALF_UP).longValue();
    }

    /** The names of the report's figures, in the order the report shows them (bundle keys report.figure.*). */
    public static final List<String> FIGURES = List.of("householdsFollowed", "entries", "ends", "homeVisits",
            "officeAppointments", "monthMeasures", "averageDurationMonths", "financedCapacity", "occupancyRate");

    /** Each figure's value, in the order of {@link #FIGURES}; null where there is none (no capacity). */
    public List<Number> figures() {
        return Arrays.asList(householdsFollowed, entries, ends, homeVisits, officeAppointments, monthMeasures,
                averageDurationMonths(), financedCapacity, occupancyRate());
    }

    /** A distribution whose only cell is masked, its category withheld too. */
    public static final String MASKED = "MASKED";

    /** Cells of fewer households than this are not shown to funders (docs/domain.md, "Statistics and their definitions"). */
    public static final long SMALL_CELL = 5;

    /**
     * The same indicators as a funder may see them: in each distribution (outcomes, composition,
     * age bands, resources) a cell of 1 to 4 households is masked (null, shown "< 5"). So that a
     * masked cell cannot be recomputed from the total (households followed, or ends for the
     * outcomes) minus the cells shown, a distribution with exactly one masked cell has its next
     * smallest cell masked too; a distribution whose only cell is small becomes one masked cell
     * named {@link #MASKED}, its category withheld. Empty cells (0) are not listed, as in the exact
     * figures.
     * The programme's own figures (households followed, entries, ends…) stay exact.
     */
    public Indicators maskedForFunders() {
        return new Indicators(programmeId, serviceUnitId, year, householdsFollowed, entries, ends, homeVisits,
                officeAppointments, financedCapacity, monthMeasures, masked(outcomes), masked(composition),
                masked(ageBands), masked(resources), occupancyRate);
    }

    /** Whether any cell is masked. */
    public boolean isMasked() {
        return java.util.stream.Stream.of(outcomes, composition, ageBands, resources)
                .anyMatch(counts -> counts.containsValue(null));
    }

    static Map<String, Long> masked(Map<String, Long> counts) {
        Map<String, Long> masked = new LinkedHashMap<>(counts);
        List<String> small = counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0 && e.getValue() < SMALL_CELL)
                .map(Map.Entry::getKey).toList();
        small.forEach(key -> masked.put(key, null));
        if (small.size() == 1) {
            Optional<Map.Entry<String, Long>> second = counts.entrySet().stream()
                    .filter(e -> !small.contains(e.getKey()) && e.getValue() != null && e.getValue() > 0)
                    .min(Map.Entry.comparingByValue());
            if (second.isEmpty()) {
                // The one cell holds every household: its total gives it away, so not even its
                // category is said.
                Map<String, Long> hidden = new LinkedHashMap<>();
                hidden.put(MASKED, null);
                return hidden;
            }
            masked.put(second.get().getKey(), null);
        }
        return masked;
    }

    /** A cell as the reports print it: the count, or "< 5" when masked. */
    public static String cell(Long count) {
        return count == null ? "< " + SMALL_CELL : count.toString();
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("programmeId", programmeId).add("year", year)
                .add("householdsFollowed", householdsFollowed).add("entries", entries).add("ends", ends)
                .add("homeVisits", homeVisits).add("officeAppointments", officeAppointments)
                .add("monthMeasures", monthMeasures).add("averageDurationMonths", averageDurationMonths())
                .add("outcomes", map(outcomes)).add("composition", map(composition))
                .add("ageBands", map(ageBands)).add("resources", map(resources));
        if (serviceUnitId != null) {
            json.add("serviceUnitId", serviceUnitId);
        }
        if (isMasked()) {
            // Funders: masked cells are null, listed here, with the threshold.
            jakarta.json.JsonArrayBuilder cells = Json.createArrayBuilder();
            Map.of("outcomes", outcomes, "composition", composition, "ageBands", ageBands, "resources", resources)
                    .forEach((name, counts) -> counts.forEach((key, value) -> {
                        if (value == null) {
                            cells.add(name + "." + key);
                        }
                    }));
            json.add("masked", true).add("maskedCells", cells).add("smallCellThreshold", SMALL_CELL);
        }
        if (financedCapacity != null) {
            json.add("financedCapacity", financedCapacity);
        }
        if (occupancyRate != null) {
            json.add("occupancyRate", occupancyRate);
        }
        return json.build();
    }

    public static Indicators fromJson(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new Indicators(json.getJsonNumber("programmeId").longValue(),
                json.containsKey("serviceUnitId") ? json.getJsonNumber("serviceUnitId").longValue() : null,
                json.getInt("year"), json.getJsonNumber("householdsFollowed").longValue(),
                json.getJsonNumber("entries").longValue(), json.getJsonNumber("ends").longValue(),
                json.getJsonNumber("homeVisits").longValue(), json.getJsonNumber("officeAppointments").longValue(),
                json.containsKey("financedCapacity") ? json.getInt("financedCapacity") : null,
                json.getJsonNumber("monthMeasures").longValue(), map(json.getJsonObject("outcomes")),
                map(json.getJsonObject("composition")), map(json.getJsonObject("ageBands")),
                map(json.getJsonObject("resources")), json.containsKey("occupancyRate")
                        && !json.isNull("occupancyRate") ? json.getJsonNumber("occupancyRate").bigDecimalValue() : null);
    }

    private static JsonObjectBuilder map(Map<String, Long> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        counts.forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value);
            }
        });
        return json;
    }

    private static Map<String, Long> map(JsonObject json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        json.forEach((key, value) -> counts.put(key,
                value instanceof jakarta.json.JsonNumber number ? number.longValue() : null));
        return counts;
    }
}
