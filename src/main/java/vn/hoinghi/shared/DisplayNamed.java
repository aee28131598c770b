package vn.hoinghi.shared;

/** A signed-in principal that has a name to show in the header. */
public interface DisplayNamed {
    String fullName();
}
