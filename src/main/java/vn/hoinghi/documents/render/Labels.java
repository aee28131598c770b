package vn.hoinghi.documents.render;

/** The fixed words every document carries, read from the message bundle. */
public record Labels(String nation, String motto, String recipientsTitle, String letterSubjectPrefix) {
}
