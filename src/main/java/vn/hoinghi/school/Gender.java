package vn.hoinghi.school;

/** As written in the roster: Nam, Nữ. */
public enum Gender {
    MALE, FEMALE
}
