package vn.hoinghi.assembly;

/** Full staff, or delegates (a choice only from 100 staff up, Art. 51(2)). */
public enum AssemblyMode {
    FULL, DELEGATES
}
