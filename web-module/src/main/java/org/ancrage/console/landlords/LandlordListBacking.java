package org.ancrage.console.landlords;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ancrage.console.ListSort;
import org.ancrage.console.Messages;
import org.ancrage.landlords.ExchangeChannel;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordKind;
import org.ancrage.landlords.LandlordOrder;
import org.ancrage.landlords.LandlordService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Landlords one sorted page at a time; a dialog registers or describes one (with the version read,
 * so a concurrent change is refused), another records an exchange with them.
 */
@Named
@ViewScoped
public class LandlordListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LandlordService landlords;

    @Inject
    private Messages messages;

    private String name;
    private LandlordKind kind;

    private Long editedId;
    private long editedVersion;
    private LandlordKind editedKind = LandlordKind.PRIVATE;
    private String editedName;
    private String contactPerson;
    private String address;
    private String phone;
    @Email
    private String email;

    private Landlord selected;
    private LocalDate exchangeOn;
    private ExchangeChannel channel = ExchangeChannel.PHONE;
    private String summary;

    private final LazyDataModel<Landlord> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) landlords.countLandlords(name, kind);
        }

        @Override
        public List<Landlord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ListSort<LandlordOrder> sort = ListSort.of(sortBy, LandlordOrder.class, LandlordOrder.NAME);
            return landlords.searchLandlords(name, kind, sort.order(), sort.descending(), first, pageSize);
        }

        @Override
        public String getRowKey(Landlord landlord) {
            return String.valueOf(landlord.getId());
        }
    };

    public void prepareNew() {
        editedId = null;
        editedVersion = 0;
        editedKind = LandlordKind.PRIVATE;
        editedName = contactPerson = address = phone = email = null;
    }

    public void prepareEdit(Landlord landlord) {
        editedId = landlord.getId();
        editedVersion = landlord.getVersion();
        editedKind = landlord.getKind();
        editedName = landlord.getName();
        contactPerson = landlord.getContactPerson();
        address = landlord.getAddress();
        phone = landlord.getPhone();
        email = landlord.getEmail();
    }

    public void save() {
        var details = new LandlordService.Details(editedKind, editedName, blankAsNull(contactPerson),
                blankAsNull(address), blankAsNull(phone), blankAsNull(email));
        messages.act("landlordForm:messages", () -> {
            if (editedId == null) {
                landlords.registerLandlord(details);
                messages.info("search:messages", "landlords.registered", editedName);
            } else {
                landlords.updateLandlord(editedId, editedVersion, details);
                messages.info("search:messages", "landlords.saved", editedName);
            }
            editedId = null;
        });
    }

    public void prepareExchange(Landlord landlord) {
        selected = landlords.getLandlord(landlord.getId());
        exchangeOn = AssociationClock.today();
        channel = ExchangeChannel.PHONE;
        summary = null;
    }

    public void recordExchange() {
        messages.act("exchangeForm:messages", () -> {
            selected = landlords.recordExchange(selected.getId(), exchangeOn, channel, summary);
            messages.info("exchangeForm:messages", "landlords.exchange.recorded");
            summary = null;
        });
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public LazyDataModel<Landlord> getModel() {
        return model;
    }

    public List<LandlordKind> getKinds() {
        return List.of(LandlordKind.values());
    }

    public List<ExchangeChannel> getChannels() {
        return List.of(ExchangeChannel.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LandlordKind getKind() {
        return kind;
    }

    public void setKind(LandlordKind kind) {
        this.kind = kind;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public LandlordKind getEditedKind() {
        return editedKind;
    }

    public void setEditedKind(LandlordKind editedKind) {
        this.editedKind = editedKind;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
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

    public Landlord getSelected() {
        return selected;
    }

    public LocalDate getExchangeOn() {
        return exchangeOn;
    }

    public void setExchangeOn(LocalDate exchangeOn) {
        this.exchangeOn = exchangeOn;
    }

    public ExchangeChannel getChannel() {
        return channel;
    }

    public void setChannel(ExchangeChannel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
