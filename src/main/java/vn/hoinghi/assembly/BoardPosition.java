package vn.hoinghi.assembly;

public enum BoardPosition {
    HEAD, DEPUTY, MEMBER;

    public String messageKey() {
        return "boardPosition." + name();
    }
}
