package vn.hoinghi.security;

import java.util.Optional;
import java.util.OptionalInt;

/** Where the accounts live (the school module): what the per-request session check asks the database. */
public interface AccountStamps {

    /** The account's session stamp now, or empty when it is gone or may no longer sign in (deactivated). */
    OptionalInt currentStamp(String username);

    /** The person as they would sign in now (roles in force today), or empty. */
    Optional<AppUser> reload(String username);
}
