package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import vn.hoinghi.assembly.Vote;

/** Every round of the votes, one line each, so a phone shows them without a sideways scroll. */
final class VoteRounds {

    private VoteRounds() {
    }

    static String item(Component owner, Vote v) {
        return owner.getTranslation(v.getSubject().messageKey()) + (v.getLabel() == null ? "" : " – " + v.getLabel());
    }

    static Component list(Component owner, List<Vote> votes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("vote-rounds");
        for (Vote v : votes) {
            Span result = new Span(owner.getTranslation(v.isPassed() ? "vote.passed" : "vote.notPassed"));
            result.addClassName(v.isPassed() ? "rule-ok" : "rule-bad");
            ListItem li = new ListItem(new Span(owner.getTranslation("revote.line", item(owner, v), v.getRound(),
                    v.getVotesFor(), v.getVotesAgainst(), v.getAbstentions(), v.getBaseCount()) + " "), result);
            if (v.getRound() > 1 && v.getVotedText() != null) {
                Div text = new Div(owner.getTranslation("revote.amendedShown", v.getVotedText()));
                text.addClassName("hint");
                text.getStyle().set("white-space", "pre-line");
                li.add(text);
            }
            list.add(li);
        }
        return list;
    }
}
