package vn.hoinghi.school;

/** CBQL (management), GV (teacher), NV (support staff). */
public enum Position {
    CBQL, GV, NV
}
