package vn.hoinghi.assembly;

public enum VoteSubject {
    PRESIDIUM, SPENDING_RULES, REGULATIONS, EMULATION_PACT, TARGETS, RESOLUTION, BALLOT_RESOLUTION, OTHER;

    public String messageKey() {
        return "voteSubject." + name();
    }
}
