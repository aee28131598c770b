package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ui.TaskForm;

/** The union chair puts the news of the assembly on the school's website, within the school's N days. */
class NewsPostForm extends TaskForm<NewsPostForm.Values> {

    static final class Values {
        @NotNull(message = "news.dateRequired")
        LocalDate postedOn;
        @NotBlank(message = "news.linkInvalid")
        String link;
    }

    private final FollowUpService service;
    private final String taskId;

    NewsPostForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        FollowUpService.NewsData data = service.newsPost(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(new Paragraph(getTranslation("news.due", data.withinDays(), Texts.date(data.dueOn()))));
        var postedOn = FormSupport.date(getTranslation("news.postedOn"), vn.hoinghi.shared.VietnamTime.today());
        TextField link = new TextField(getTranslation("news.link"));
        link.setPlaceholder("https://");
        link.setMaxLength(500);
        link.setWidthFull();
        add(postedOn, link);
        bind(postedOn, v -> v.postedOn, (v, x) -> v.postedOn = x);
        bind(link, v -> v.link, (v, x) -> v.link = x);
        addSubmit(getTranslation("news.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.recordNewsPost(taskId, new Inputs.NewsPost(v.postedOn, v.link));
    }
}
