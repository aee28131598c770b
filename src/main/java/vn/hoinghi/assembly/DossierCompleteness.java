package vn.hoinghi.assembly;

import java.util.List;

/**
 * Says what the dossier still lacks before it can be filed. Another feature (the official documents)
 * implements it, so the assembly module does not depend on that feature.
 */
public interface DossierCompleteness {

    /** The missing pieces, each as a short text for the person filing; empty when nothing is missing. */
    List<String> missingPieces(long assemblyId);
}
