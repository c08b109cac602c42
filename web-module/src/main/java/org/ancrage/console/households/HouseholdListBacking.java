package org.ancrage.console.households;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ancrage.console.ListSort;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdOrder;
import org.ancrage.households.HouseholdQuery;
import org.ancrage.households.HouseholdService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The household list: one page at a time from the database, searched with one box that recognises
 * a reference (M000004), a birth date (12/04/1991), a phone number, or a name or address.
 */
@Named
@ViewScoped
public class HouseholdListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HouseholdService households;

    private String name;

    private final LazyDataModel<Household> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) households.countHouseholds(HouseholdQuery.parse(name));
        }

        @Override
        public List<Household> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ListSort<HouseholdOrder> sort = ListSort.of(sortBy, HouseholdOrder.class, HouseholdOrder.REFERENCE);
            return households.searchHouseholds(HouseholdQuery.parse(name), sort.order(), sort.descending(), first,
                    pageSize);
        }

        @Override
        public String getRowKey(Household household) {
            return String.valueOf(household.getId());
        }
    };

    public LazyDataModel<Household> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
