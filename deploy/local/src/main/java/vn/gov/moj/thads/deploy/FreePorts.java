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
    private static final int HIGHEST = 65_535;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int next() {
        int[] span = portsOutsideTheEphemeralRange();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(span[0], span[1] + 1);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + span[0] + " and " + span[1]);
    }

    /**
     * The larger of the spans below and above the kernel's ephemeral range (Linux says where it is; elsewhere the IANA
     * range, 49152–65535). A kernel whose range leaves neither 1,000 ports gets ports from 10,000 up, inside it.
     */
    static int[] portsOutsideTheEphemeralRange() {
        int start = 49_152;
        int end = 65_535;
        // read by line: Files.readString saw the first character only of this /proc file on a sandboxed kernel
        try (BufferedReader range = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            String[] bounds = range.readLine().trim().split("\\s+");
            start = Integer.parseInt(bounds[0]);
            end = Integer.parseInt(bounds[1]);
        } catch (IOException | RuntimeException notLinux) {
            // the IANA range
        }
        int below = start - LOWEST;
        int above = HIGHEST - end;
        if (Math.max(below, above) < 1_000) {
            return new int[]{LOWEST, HIGHEST};
        }
        return below >= above ? new int[]{LOWEST, start - 1} : new int[]{end + 1, HIGHEST};
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
