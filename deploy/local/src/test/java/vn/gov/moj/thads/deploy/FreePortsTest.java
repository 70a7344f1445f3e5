package vn.gov.moj.thads.deploy;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    /**
     * A system test's stack picks its ports, then starts PostgreSQL, Kafka and four services that connect to them
     * from ports the kernel picks: a picked port in the kernel's ephemeral range could be taken meanwhile.
     */
    @Test
    void portsAreOutsideTheKernelsEphemeralRangeAndNeverTheSameTwice() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralStart = 49_152;
        int ephemeralEnd = 65_535;
        if (Files.exists(range)) {
            try (var lines = Files.lines(range)) {
                String[] bounds = lines.findFirst().orElseThrow().trim().split("\\s+");
                ephemeralStart = Integer.parseInt(bounds[0]);
                ephemeralEnd = Integer.parseInt(bounds[1]);
            }
        }
        boolean roomOutside = ephemeralStart - 10_000 >= 1_000 || 65_535 - ephemeralEnd >= 1_000;
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = FreePorts.next();
            if (roomOutside) {
                assertThat(port < ephemeralStart || port > ephemeralEnd)
                        .as("port %d inside the ephemeral range %d-%d", port, ephemeralStart, ephemeralEnd).isTrue();
            }
            assertThat(port).isBetween(10_000, 65_535);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }

    @Test
    void aPortSomethingListensOnIsNotHandedOut() throws Exception {
        Set<Integer> listening = new HashSet<>();
        java.util.List<ServerSocket> sockets = new java.util.ArrayList<>();
        int[] span = FreePorts.portsOutsideTheEphemeralRange();
        try {
            for (int port = span[0]; port < span[0] + 50; port++) {
                ServerSocket socket = new ServerSocket();
                try {
                    socket.bind(new InetSocketAddress("127.0.0.1", port));
                    sockets.add(socket);
                    listening.add(port);
                } catch (java.io.IOException taken) {
                    socket.close();
                }
            }
            for (int i = 0; i < Math.min(5_000, (span[1] - span[0]) / 3); i++) { // without the check, one of the 50 would come up with odds of 1 - e^-11 on a span of 22,767 ports
                assertThat(listening).doesNotContain(FreePorts.next());
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
