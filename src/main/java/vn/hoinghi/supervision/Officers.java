package vn.hoinghi.supervision;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/** The one access rule of this module's officer pages: a signed-in officer, who sees only their own body. */
final class Officers {

    private Officers() {
    }

    static AppUser require() {
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SUPERVISOR) || user.supervisingBodyId() == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return user;
    }

    static long body() {
        return require().supervisingBodyId();
    }
}
