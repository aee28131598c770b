package vn.hoinghi.school;

import vn.hoinghi.shared.Texts;

/** Vietnamese usernames: the given name followed by the initials of the other names, without diacritics. */
public final class Usernames {

    private Usernames() {
    }

    public static String fromName(String fullName) {
        String[] parts = Texts.searchKey(fullName).replaceAll("[^a-z ]", "").trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return "user";
        }
        StringBuilder sb = new StringBuilder(parts[parts.length - 1]);
        for (int i = 0; i < parts.length - 1; i++) {
            sb.append(parts[i].charAt(0));
        }
        return sb.toString();
    }
}
