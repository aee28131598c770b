package vn.hoinghi.assembly.ui;

import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyQueries.ProcessRef;
import vn.hoinghi.shared.AssemblyTabProvider;
import vn.hoinghi.tasks.TaskComments;
import vn.hoinghi.tasks.ui.CommentThread;

/** The assembly page's own comment thread; "@username" tells a colleague, who is sent to this page. */
@Component
class AssemblyCommentsTab implements AssemblyTabProvider {

    private final AssemblyQueries queries;
    private final TaskComments comments;

    AssemblyCommentsTab(AssemblyQueries queries, TaskComments comments) {
        this.queries = queries;
        this.comments = comments;
    }

    @Override
    public String tabLabelKey() {
        return "assembly.tab.comments";
    }

    @Override
    public com.vaadin.flow.component.Component create(long assemblyId) {
        ProcessRef p = queries.process(assemblyId);
        String pid = p.processInstanceId();
        return new CommentThread(() -> comments.onProcess(pid),
                text -> comments.addToProcess(pid, "assembly/" + assemblyId, p.label(), text),
                comments.colleaguesForProcess(pid));
    }
}
