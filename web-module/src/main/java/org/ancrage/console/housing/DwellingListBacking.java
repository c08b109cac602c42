package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ancrage.console.ListSort;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingOrder;
import org.ancrage.housing.DwellingState;
import org.ancrage.housing.DwellingService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The housing stock, one page at a time, by state and city. */
@Named
@ViewScoped
public class DwellingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DwellingService dwellings;

    private DwellingState state;
    private String city;

    private final LazyDataModel<Dwelling> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) dwellings.countDwellings(filter());
        }

        @Override
        public List<Dwelling> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ListSort<DwellingOrder> sort = ListSort.of(sortBy, DwellingOrder.class, DwellingOrder.CITY);
            return dwellings.searchDwellings(filter(), sort.order(), sort.descending(), first, pageSize);
        }

        @Override
        public String getRowKey(Dwelling dwelling) {
            return String.valueOf(dwelling.getId());
        }
    };

    private DwellingService.DwellingFilter filter() {
        return new DwellingService.DwellingFilter(state, null, city, null, null, null);
    }

    public LazyDataModel<Dwelling> getModel() {
        return model;
    }

    public List<DwellingState> getStates() {
        return List.of(DwellingState.values());
    }

    public DwellingState getState() {
        return state;
    }

    public void setState(DwellingState state) {
        this.state = state;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
