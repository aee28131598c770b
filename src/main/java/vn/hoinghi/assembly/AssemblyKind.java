package vn.hoinghi.assembly;

public enum AssemblyKind {
    REGULAR, EXTRAORDINARY
}
