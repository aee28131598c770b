package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.util.List;

import vn.hoinghi.security.Role;

/**
 * Signs and numbers the resolution when it is finalised, so "sign and send" is one action. The official documents
 * implement it, so the assembly module does not depend on that feature.
 */
public interface ResolutionSigning {

    /** The roles in which the signed-in person may sign the assembly's resolution; empty when they may not. */
    List<Role> capacities(long assemblyId);

    /** Signs the resolution in that role on that date and gives it its number, unless it is signed already. */
    void sign(long assemblyId, Role capacity, LocalDate signedOn);
}
