package vn.gov.moj.thads.reporting;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.moj.thads.deploy.testing.InfrastructureTestResource;

/** One real PostgreSQL and Kafka for all tests of this module. */
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
}
