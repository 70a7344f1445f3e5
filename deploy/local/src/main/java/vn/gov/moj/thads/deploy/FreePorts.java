package vn.gov.moj.thads.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a stack or a stand-in server that binds them a little later. A port the kernel hands out for
 * {@code new ServerSocket(0)} is one of its ephemeral ports, which every outgoing connection made meanwhile (the
 * services' to PostgreSQL and Kafka while the stack starts) may take as its own local port; so the ports here are
 * below the ephemeral range, free when asked, and never the same twice in one JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int next() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + below);
    }

    /** Linux says where its ephemeral ports begin; elsewhere the IANA range's start (49152). */
    private static int ephemeralRangeStart() {
        // read by line: Files.readString saw the first character only of this /proc file on a sandboxed kernel
        try (BufferedReader range = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            int start = Integer.parseInt(range.readLine().trim().split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 49_152;
        } catch (IOException | RuntimeException notLinux) {
            return 49_152;
        }
    }

    /** Free on every address: a listener on the loopback or the wildcard address would refuse it. */
    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
