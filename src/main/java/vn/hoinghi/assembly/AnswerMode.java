package vn.hoinghi.assembly;

public enum AnswerMode {
    IN_WRITING, AT_PLENARY;

    public String messageKey() {
        return "answerMode." + name();
    }
}
