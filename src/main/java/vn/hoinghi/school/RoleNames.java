package vn.hoinghi.school;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hoinghi.security.Role;
import vn.hoinghi.shared.AppI18NProvider;

/**
 * Understands a role as a roster writes it: its Vietnamese or English name (from the message bundles), its
 * code, or a usual abbreviation, with or without diacritics and in any case.
 */
final class RoleNames {

    /** How schools commonly abbreviate or vary the names. "Giáo viên" and the like mean no extra role. */
    private static final Map<Role, List<String>> ALIASES = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.PRINCIPAL, List.of("ht", "hieu truong nha truong")),
            Map.entry(Role.VICE_PRINCIPAL, List.of("pht", "pho ht")),
            Map.entry(Role.UNION_CHAIR, List.of("chu tich cd", "ct cd", "ctcd", "chu tich cong doan co so")),
            Map.entry(Role.UNION_EXECUTIVE, List.of("uy vien bch cd", "uv bch cd", "uv bch cong doan", "uvbch",
                    "uy vien ban chap hanh cong doan", "uy vien bch", "uy vien cong doan", "bch cong doan",
                    "uv bchcd", "uy vien bchcd")),
            Map.entry(Role.PARTY_SECRETARY, List.of("bi thu", "bi thu chi bo dang")),
            Map.entry(Role.ACCOUNTANT, List.of("ke toan truong")),
            Map.entry(Role.CASHIER, List.of("thu quy", "thu quy truong", "nhan vien thu quy")),
            Map.entry(Role.INSPECTION_BOARD_HEAD, List.of("truong ban ttnd", "truong ban thanh tra",
                    "truong ttnd")),
            Map.entry(Role.EMULATION_COUNCIL, List.of("thuong truc hoi dong thi dua", "thuong truc hdtd kt",
                    "thuong truc hdtdkt", "thuong truc hd thi dua", "hoi dong thi dua khen thuong",
                    "hoi dong thi dua")),
            Map.entry(Role.DEPARTMENT_HEAD, List.of("to truong", "ttcm", "to truong cm")),
            Map.entry(Role.UNION_GROUP_HEAD, List.of("to truong cd", "ttcd")),
            Map.entry(Role.SECRETARY, List.of("thu ky", "thu ky hn")),
            Map.entry(Role.ADMIN, List.of("quan tri vien", "admin", "administrator")),
            Map.entry(Role.STAFF, List.of("can bo", "vien chuc", "nguoi lao dong", "giao vien", "nhan vien",
                    "cbvc", "cbql", "gv", "nv"))));

    private final Map<String, Role> byKey = new HashMap<>();

    RoleNames(AppI18NProvider i18n) {
        for (Role role : Role.values()) {
            put(role.name(), role);
            put(role.name().replace('_', ' '), role);
            put(i18n.getTranslation(role.messageKey(), AppI18NProvider.VIETNAMESE), role);
            put(i18n.getTranslation(role.messageKey(), AppI18NProvider.ENGLISH), role);
            ALIASES.getOrDefault(role, List.of()).forEach(a -> put(a, role));
        }
    }

    private void put(String name, Role role) {
        String key = RosterColumn.normalise(name);
        if (!key.isEmpty()) {
            byKey.putIfAbsent(key, role);
        }
    }

    /** The role a name means, or null. */
    Role find(String name) {
        return byKey.get(RosterColumn.normalise(name));
    }

    /** The names in a roles cell: separated by commas, semicolons or line breaks. */
    static List<String> split(String cell) {
        return java.util.Arrays.stream(cell.split("[,;\\n\\r]+")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }
}
