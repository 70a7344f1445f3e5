package vn.gov.moj.thads.gateway;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.LocalStack;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where ./run makes the services listen (SystemIT checks a started system). */
class LocalRunBindingTest {

    @Test
    void thisMachineOnlyUnlessAskedOtherwise() {
        assertThat(LocalStack.bindAddress(List.of(), Map.of())).isEqualTo("127.0.0.1");
        assertThat(LocalStack.bindAddress(List.of("--demo"), Map.of("THADS_BIND", " "))).isEqualTo("127.0.0.1");
    }

    @Test
    void listenAllOrAnAddressOpensIt() {
        assertThat(LocalStack.bindAddress(List.of("--demo", "--listen-all"), Map.of())).isEqualTo("0.0.0.0");
        assertThat(LocalStack.bindAddress(List.of(), Map.of("THADS_BIND", "192.168.1.20"))).isEqualTo("192.168.1.20");
    }
}
