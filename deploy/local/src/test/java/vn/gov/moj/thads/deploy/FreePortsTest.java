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
    void portsAreBelowTheKernelsEphemeralRangeAndNeverTheSameTwice() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralStart = 49_152;
        if (Files.exists(range)) {
            try (var lines = Files.lines(range)) {
                ephemeralStart = Integer.parseInt(lines.findFirst().orElseThrow().trim().split("\\s+")[0]);
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(10_000, ephemeralStart - 1);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }

    @Test
    void aPortSomethingListensOnIsNotHandedOut() throws Exception {
        Set<Integer> listening = new HashSet<>();
        java.util.List<ServerSocket> sockets = new java.util.ArrayList<>();
        try {
            for (int port = 10_000; port < 10_050; port++) {
                ServerSocket socket = new ServerSocket();
                try {
                    socket.bind(new InetSocketAddress("127.0.0.1", port));
                    sockets.add(socket);
                    listening.add(port);
                } catch (java.io.IOException taken) {
                    socket.close();
                }
            }
            for (int i = 0; i < 5_000; i++) { // without the check, one of the 50 would come up with odds of 1 - e^-11
                assertThat(listening).doesNotContain(FreePorts.next());
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
