package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.util.UUID;

/** A creditor or debtor of a case: a person or an organisation. */
@Entity
@Table(name = "case_party")
public class CaseParty {

    @Id private UUID id;
    @ManyToOne(optional = false) @JoinColumn(name = "case_id") private EnforcementCase enforcementCase;
    @Column(nullable = false) private int position;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private PartyRole role;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private PartyType type;
    @Column(nullable = false) private String name;
    @Column(name = "id_number") private String idNumber;

    private String address;

    @Column(name = "name_search", nullable = false) private String nameSearch;

    protected CaseParty() {
    }

    CaseParty(EnforcementCase enforcementCase, int position, PartyRole role, PartyType type, String name,
              String idNumber, String address) {
        this.id = UUID.randomUUID();
        this.enforcementCase = enforcementCase;
        this.position = position;
        this.role = role;
        this.type = type;
        this.name = VietnameseText.visible(name);
        this.idNumber = idNumber;
        // as it is seen: an override or a zero-width character made an address read as another (red team of session 26)
        this.address = address == null ? null : VietnameseText.visible(address);
        this.nameSearch = searchable(name);
    }

    /** The name as searched: without diacritics, lower case ({@link VietnameseText#folded}). */
    public static String searchable(String text) {
        return VietnameseText.folded(text);
    }

    public PartyRole role() {
        return role;
    }

    public PartyType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public String address() {
        return address;
    }
}
