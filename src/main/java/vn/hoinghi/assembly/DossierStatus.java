package vn.hoinghi.assembly;

public enum DossierStatus {
    NOT_SUBMITTED, SUBMITTED, RETURNED, ACCEPTED;

    public String messageKey() {
        return "dossierStatus." + name();
    }
}
