package vn.gov.moj.thads.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.moj.thads.deploy.testing.DevKeysTestResource;

/** Token keys and stand-in services for all tests of this module. */
@WithTestResource(value = DevKeysTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StubServicesTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestKeys {
}
