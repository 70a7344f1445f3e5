package vn.gov.moj.thads.deploy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.moj.thads.deploy.DevKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Token keys only, for a module whose tests need no database or broker (the gateway). */
public class DevKeysTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            DevKeys keys = DevKeys.in(Files.createTempDirectory("thads-keys-"));
            return Map.of(
                    "mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString(),
                    "smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the keys stay in the temporary folder; they sign nothing outside this test run
    }
}
