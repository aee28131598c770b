package vn.hoinghi.school;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import vn.hoinghi.shared.Texts;

/** A member of staff; also their account. Leaving deactivates, never deletes: old records keep the name. */
@Entity
public class Staff extends AccountBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    private String code;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Position position;
    private Long departmentId;
    private String email;
    private boolean unionMember = true;
    private LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String phone;
    /** Diacritic-free name, code and username, for searching in SQL. */
    private String searchKey;
    /** Diacritic-free given name first, so SQL orders names roughly the Vietnamese way. */
    private String sortKey;

    protected Staff() {
    }

    public Staff(Long schoolId, String code, String fullName, Position position, Long departmentId,
                 String username, String passwordHash) {
        super(username, passwordHash);
        this.schoolId = schoolId;
        this.code = code;
        this.fullName = fullName;
        this.position = position;
        this.departmentId = departmentId;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public Position getPosition() {
        return position;
    }

    public Long getDepartmentId() {
        return departmentId;
    }



    public String getEmail() {
        return email;
    }

    public boolean isUnionMember() {
        return unionMember;
    }


    public void update(String fullName, Position position, Long departmentId, String email, boolean unionMember) {
        this.fullName = fullName;
        this.position = position;
        this.departmentId = departmentId;
        this.email = email;
        this.unionMember = unionMember;
    }


    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPhone() {
        return phone;
    }

    public void updatePersonal(LocalDate dateOfBirth, Gender gender, String phone) {
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.phone = phone;
    }

    public String getSearchKey() {
        return searchKey;
    }








    @PrePersist
    @PreUpdate
    void computeKeys() {
        searchKey = searchKeyOf(fullName, code, getUsername());
        sortKey = sortKeyOf(fullName);
    }

    static String searchKeyOf(String fullName, String code, String username) {
        return Texts.searchKey(fullName) + " " + Texts.searchKey(code) + " " + (username == null ? "" : username);
    }

    /** "Nguyễn Thị Ánh" → "anh nguyen thi anh": given name first, as Texts.personNameOrder sorts. */
    static String sortKeyOf(String fullName) {
        String key = Texts.searchKey(fullName).replaceAll("\\s+", " ");
        int space = key.lastIndexOf(' ');
        return (space < 0 ? key : key.substring(space + 1)) + " " + key;
    }

}
