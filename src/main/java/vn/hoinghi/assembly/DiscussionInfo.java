package vn.hoinghi.assembly;

/** A question raised at the plenary and the answer given there. */
public record DiscussionInfo(String speaker, String question, String answer, int position) {

    static DiscussionInfo of(DiscussionEntry d) {
        return new DiscussionInfo(d.getSpeaker(), d.getQuestion(), d.getAnswer(), d.getPosition());
    }
}
