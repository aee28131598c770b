package vn.hoinghi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** A wrong import between features fails the build. */
class ModularityTest {

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
